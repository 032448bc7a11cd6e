import { z } from "@hono/zod-openapi";

export const MatchReasons = z
  .object({
    shared_terms: z.array(z.string()).openapi({ description: "Word stems both texts share." }),
    speaker: z.enum(["same", "different"]).nullable().openapi({ description: "null when no speaker was given." }),
    quantity: z
      .enum(["same", "conflicting"])
      .nullable()
      .openapi({ description: "The figures for the same unit agree or not; null when either has none." }),
  })
  .openapi("MatchReasons");

/** What a new claim's answer lists: tracked claims that may say the same thing (score ≥ 0.6). */
export const PossibleDuplicate = z
  .object({
    id: z.string(),
    text: z.string(),
    score: z.number(),
    reasons: MatchReasons,
    links: z.object({ self: z.string(), page: z.string() }),
  })
  .openapi("PossibleDuplicate");
