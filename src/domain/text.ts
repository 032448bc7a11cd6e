/**
 * Text reduced to what identifies it: case, accents, punctuation and spacing are dropped. Speakers
 * are found by it (they do not make a different person), and extracted quotes matched to claims.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * False for text with nothing a reader would see: only whitespace and invisible format characters
 * (zero-width space, byte order mark, word joiner, …). SPEC.md treats such a string as empty.
 */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "") !== "";
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
