import type { z } from "@hono/zod-openapi";
import { claimsContainingAny } from "../db/claim-queries";
import type { Db } from "../db/client";
import { ApiError } from "../domain/errors";
import { extractClaims } from "../domain/extraction";
import { ftsPhrase } from "../domain/text";
import { trackedClaimIds } from "../domain/tracked";
import { type Candidate, MAX_CANDIDATES, MAX_EXTRACT_TEXT_BYTES } from "../schemas/extract";

/**
 * The claims worth tracking in an article's text, best first (at most MAX_CANDIDATES), each marked
 * with the tracked claim that already says it: `POST /v1/extract` and the desk's "new claim" alike.
 */
export async function candidatesIn(
  db: Db,
  text: string,
): Promise<{ candidates: z.infer<typeof Candidate>[]; truncated: boolean }> {
  if (new TextEncoder().encode(text).byteLength > MAX_EXTRACT_TEXT_BYTES) {
    throw new ApiError("payload_too_large", `Article text is limited to ${MAX_EXTRACT_TEXT_BYTES} bytes.`);
  }
  const found = extractClaims(text);
  const candidates = found.slice(0, MAX_CANDIDATES);
  const phrases = [...new Set(candidates.map((candidate) => ftsPhrase(candidate.text)))].filter(
    (phrase): phrase is string => phrase !== null,
  );
  const tracked = phrases.length > 0 ? await claimsContainingAny(db, phrases) : [];
  const existing = trackedClaimIds(
    candidates.map((candidate) => candidate.text),
    tracked,
  );
  return {
    candidates: candidates.map((candidate, i) => ({ ...candidate, existing_claim_id: existing[i] ?? null })),
    truncated: found.length > candidates.length,
  };
}
