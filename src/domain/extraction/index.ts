/**
 * Claim extraction: finds the quoted statements in the plain text of a news article, with their
 * speaker, the figure they state, what kind of claim they are and how much they are worth checking.
 * Pure and deterministic: no I/O, no model, no clock.
 */

import { extractCandidates } from "./extract";
import type { Candidate } from "./types";

export type { Candidate, Kind, Qualifier, Quantity, Speaker } from "./types";

/**
 * The quoted statements in `text`, best first (score descending, then order of appearance).
 * Never throws: the text is pasted by users, and a bug in a heuristic must cost the suggestions,
 * not the request that asked for them.
 */
export function extractClaims(text: string): Candidate[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return extractCandidates(text);
  } catch {
    return [];
  }
}
