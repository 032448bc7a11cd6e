import { z } from "@hono/zod-openapi";
import { CLAIM_KINDS, SCALE_NAMES } from "../domain/statuses";

export const StatusDefinition = z
  .object({
    code: z.string().openapi({ example: "mostly_true" }),
    label: z.string().openapi({ example: "Mostly true" }),
    description: z.string(),
    color: z.string().openapi({ example: "#3a6b12" }),
    rating_value: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "ClaimReview ratingValue, 1 (worst) to 5 (best)." }),
    final: z.boolean().openapi({ description: "A verdict: no review is due while a claim has it." }),
  })
  .openapi("StatusDefinition");
export type StatusDefinition = z.output<typeof StatusDefinition>;

export const Scale = z
  .object({
    name: z.enum(SCALE_NAMES),
    kinds: z.array(z.enum(CLAIM_KINDS)).openapi({ description: "Claims of these kinds are rated on this scale." }),
    best_rating: z.number().int(),
    worst_rating: z.number().int(),
    statuses: z.array(StatusDefinition),
  })
  .openapi("Scale");

export const ListStatusesQuery = z.object({
  kind: z
    .enum(CLAIM_KINDS)
    .optional()
    .openapi({ description: "Only the scale that rates claims of this kind.", example: "promise" }),
});
