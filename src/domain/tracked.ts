import { comparisonKey } from "./text";

/**
 * For each quote, the id of a tracked claim that already says it: the claim's text contains the
 * quote's words in order, whole words only, ignoring case, accents and punctuation. Null when none
 * does. (A fuzzier match is the job of GET /v1/claims/match, not built yet.)
 */
export function trackedClaimIds(
  quotes: readonly string[],
  claims: readonly { id: string; text: string }[],
): (string | null)[] {
  const keyed = claims.map((claim) => ({ id: claim.id, key: ` ${comparisonKey(claim.text)} ` }));
  return quotes.map((quote) => {
    const key = comparisonKey(quote);
    return key ? (keyed.find((claim) => claim.key.includes(` ${key} `))?.id ?? null) : null;
  });
}
