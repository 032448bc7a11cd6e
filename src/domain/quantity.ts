/** How a stated figure relates to the true one ("more than 90 percent" → more_than). */
export const QUALIFIERS = ["exactly", "more_than", "less_than", "about"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
