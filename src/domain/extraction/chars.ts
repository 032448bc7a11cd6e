/**
 * Character tests shared by the scanners, which look at single characters around quotation marks
 * and full stops instead of matching large regular expressions, so they stay linear on any input.
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const ALNUM = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/* Each test answers ASCII from the character code and leaves the rest of Unicode to the regex. */

export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}

export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(ch);
}

export function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : ALNUM.test(ch);
}

/** The empty string (outside the text) counts as space, so edges behave like word boundaries. */
export function isSpace(ch: string): boolean {
  if (ch === "") return true;
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch);
}

/** Characters that may follow a sentence terminator and still belong to the sentence. */
export const CLOSERS = new Set(['"', "\u201d", "\u2019", "'", ")", "]", "\u00bb"]);

/** Characters that may start a sentence besides a capital letter or digit. */
export const OPENERS = new Set(['"', "\u201c", "\u2018", "'", "(", "[", "\u00ab"]);

export const TERMINATORS = new Set([".", "!", "?", "\u2026"]);

/** Trims whitespace off both ends of a span without copying the text. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
