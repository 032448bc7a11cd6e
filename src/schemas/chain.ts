import { z } from "@hono/zod-openapi";
import { CHAIN_BREAKS, type ChainBreak } from "../domain/hash-chain";

const reasons = Object.keys(CHAIN_BREAKS) as [ChainBreak, ...ChainBreak[]];

export const ChainReport = z
  .object({
    claim_id: z.string(),
    length: z.number().int().openapi({ description: "Entries in the timeline." }),
    head_hash: z.string().nullable().openapi({ description: "The newest entry's stored hash." }),
    valid: z.boolean().openapi({ description: "True when every entry recomputes and links to the one before." }),
    first_invalid: z
      .object({
        seq: z.number().int(),
        update_id: z.string(),
        reason: z.enum(reasons).openapi({
          description: Object.entries(CHAIN_BREAKS)
            .map(([code, meaning]) => `\`${code}\`: ${meaning}`)
            .join("; "),
        }),
      })
      .nullable(),
  })
  .openapi("ChainReport");
