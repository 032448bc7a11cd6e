import { z } from "@hono/zod-openapi";
import { CLAIM_KINDS } from "../domain/statuses";
import { QuantityValue } from "./claims";
import { NewArticleFields } from "./refs";

/** SPEC.md: article text up to 100 KB (UTF-8 bytes); more is a 413. */
export const MAX_EXTRACT_TEXT_BYTES = 100 * 1024;
/** SPEC.md: at most 200 candidates, the best ones, with `truncated: true` when more were found. */
export const MAX_CANDIDATES = 200;

export const ExtractBody = z
  .strictObject({
    text: z.string().openapi({ description: "Plain text of a news article, up to 100 KB." }),
    ...NewArticleFields,
    url: NewArticleFields.url.optional(),
  })
  .openapi("ExtractRequest");

export const Candidate = z
  .object({
    text: z.string().openapi({ description: "The quoted statement, exactly as in the article." }),
    speaker: z.object({ name: z.string(), title: z.string().optional() }).nullable(),
    quantity: QuantityValue.optional(),
    kind: z.enum(CLAIM_KINDS),
    context: z.string().openapi({ description: "The sentence or sentences around the quote." }),
    score: z.number().min(0).max(1).openapi({ description: "Check-worthiness, 0 to 1 (see README)." }),
    quoted: z.boolean().openapi({
      description:
        'True for words in quote marks or a transcript turn; false for reported speech without quote marks ("the minister said that …"), which scores lower.',
    }),
    existing_claim_id: z
      .string()
      .nullable()
      .openapi({ description: "The tracked claim that says this (match score ≥ 0.75, see the README), or null." }),
  })
  .openapi("Candidate");

export const ExtractResult = z
  .object({
    candidates: z.array(Candidate).openapi({ description: `The best ${MAX_CANDIDATES} at most.` }),
    truncated: z.boolean().openapi({ description: `True when more than ${MAX_CANDIDATES} candidates were found.` }),
    article: z
      .object({
        url: z.string(),
        title: z.string().optional(),
        publisher: z.string().optional(),
        published_at: z.string().optional(),
      })
      .nullable()
      .openapi({
        description: "The article fields sent, as an inline `article` for POST /v1/claims; null without a url.",
      }),
  })
  .openapi("ExtractResult");
