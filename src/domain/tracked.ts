import { comparisonKey } from "./text";

/**
 * The id of a tracked claim that already quotes `quote`: its text contains the quote, ignoring
 * case, accents, punctuation and spacing. Null when none does. (A fuzzier match is the job of
 * GET /v1/claims/match, not built yet.)
 */
export function trackedClaimId(quote: string, claims: readonly { id: string; text: string }[]): string | null {
  const key = comparisonKey(quote);
  if (!key) return null;
  return claims.find((claim) => comparisonKey(claim.text).includes(key))?.id ?? null;
}
