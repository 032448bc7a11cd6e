import type { z } from "@hono/zod-openapi";
import type { Db } from "../db/client";
import { ApiError } from "../domain/errors";
import { extractClaims } from "../domain/extraction";
import { querySubject, rankMatches } from "../domain/matching";
import { type Candidate, MAX_CANDIDATES, MAX_EXTRACT_TEXT_BYTES } from "../schemas/extract";
import { candidatePool } from "./match";

/** A quote is marked as already tracked by a claim the matcher scores at least this high. */
export const TRACKED_SCORE = 0.75;
/** Candidates read for a whole article: the claims sharing the most words with any of its quotes. */
const ARTICLE_POOL = 200;

/**
 * The claims worth tracking in an article's text, best first (at most MAX_CANDIDATES), each marked
 * with the tracked claim that already says it (the matcher, README "Matching claims"): one FTS5
 * query for the whole article. `POST /v1/extract` and the desk's "new claim" alike.
 */
export async function candidatesIn(
  db: Db,
  text: string,
  language = "en",
): Promise<{ candidates: z.infer<typeof Candidate>[]; truncated: boolean }> {
  if (new TextEncoder().encode(text).byteLength > MAX_EXTRACT_TEXT_BYTES) {
    throw new ApiError("payload_too_large", `Article text is limited to ${MAX_EXTRACT_TEXT_BYTES} bytes.`);
  }
  const found = extractClaims(text);
  const candidates = found.slice(0, MAX_CANDIDATES);
  const queries = candidates.map((candidate) =>
    querySubject(candidate.text, language, candidate.speaker ? { name: candidate.speaker.name } : undefined),
  );
  const pool = queries.length > 0 ? await candidatePool(db, queries, ARTICLE_POOL) : [];
  return {
    candidates: candidates.map((candidate, i) => {
      const [best] = rankMatches(queries[i] ?? querySubject(candidate.text, language), pool, 1);
      return { ...candidate, existing_claim_id: best && best.score >= TRACKED_SCORE ? best.record.claim.id : null };
    }),
    truncated: found.length > candidates.length,
  };
}
