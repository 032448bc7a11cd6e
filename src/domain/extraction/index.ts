/**
 * Claim extraction: finds the quoted statements in the plain text of a news article, with their
 * speaker, the figure they state, what kind of claim they are and how much they are worth checking.
 * Pure and deterministic: no I/O, no model, no clock.
 */

import { extractCandidates } from "./extract";
import type { Candidate } from "./types";

export type { Candidate, Kind, Qualifier, Quantity, Speaker } from "./types";

/**
 * The quoted statements in `text`, best first (score descending, then order of appearance). A bug
 * in a heuristic throws rather than answering "no quotes": an empty list would be a wrong answer.
 */
export function extractClaims(text: string): Candidate[] {
  return text.length === 0 ? [] : extractCandidates(text);
}
