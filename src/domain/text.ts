/** The key speakers are found by: case, accents and spacing do not make a different person. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: each word becomes a quoted
 * term (all must match), the last one also matches as a prefix so search-as-you-type works.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const terms = words.slice(0, 16).map((w) => `"${w}"`);
  terms[terms.length - 1] = `${terms.at(-1)}*`;
  return terms.join(" ");
}
