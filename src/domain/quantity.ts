/**
 * How a stated figure relates to the true one ("more than 90 percent" → more_than). `between` is a
 * range ("between 2 and 3 percent"): it also carries `low` and `high`, and `value` is their midpoint.
 */
export const QUALIFIERS = ["exactly", "more_than", "less_than", "about", "between"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface StoredQuantity {
  value: number;
  unit: string;
  qualifier: Qualifier;
  low?: number;
  high?: number;
}

/** The quantity columns of a claim row, as the API shows them: a range (`between`) with its two ends. */
export function storedQuantity(columns: {
  quantityValue: number | null;
  quantityUnit: string | null;
  quantityQualifier: Qualifier | null;
  quantityLow: number | null;
  quantityHigh: number | null;
}): StoredQuantity | null {
  const { quantityValue: value, quantityUnit: unit, quantityLow: low, quantityHigh: high } = columns;
  if (value === null || unit === null) return null;
  const qualifier = columns.quantityQualifier ?? "exactly";
  return qualifier === "between" && low !== null && high !== null
    ? { value, unit, qualifier, low, high }
    : { value, unit, qualifier };
}
