import { z } from "@hono/zod-openapi";
import { Claim } from "./claims";
import { text } from "./common";
import { MatchReasons } from "./possible-duplicate";

/** Longest text a match query takes: a claim is at most 2,000 characters, a paragraph a few more. */
export const MAX_MATCH_TEXT = 5_000;

export const MatchQuery = z.object({
  text: text(MAX_MATCH_TEXT).openapi({
    example: "Over 90% of the deal is agreed",
    description: "The claim to look for.",
  }),
  speaker_id: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: "Who said it, by id: the same speaker raises the score." }),
  speaker: text(200).optional().openapi({ description: "Who said it, by name (when there is no id)." }),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "a BCP 47 language tag such as en or pt-BR")
    .default("en")
    .openapi({ description: "The text's language, for stop words and stemming." }),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const Match = z
  .object({
    score: z.number().min(0).max(1).openapi({ description: "0–1; see the README's 'Matching claims'." }),
    reasons: MatchReasons,
    claim: Claim,
  })
  .openapi("Match");

export const MatchList = z.object({ data: z.array(Match) }).openapi("MatchList");
