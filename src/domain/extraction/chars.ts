/**
 * Character tests shared by the scanners, which look at single characters around quotation marks
 * and full stops instead of matching large regular expressions, so they stay linear on any input.
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const ALNUM = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

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

/*
 * The same tests on the code point at an offset of a string, for scanners that walk a text instead
 * of matching a /u regular expression over it: no substring, no match object per token.
 */

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair, 1 otherwise (a lone surrogate too). */
export function codePointSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function codePointTest(re: RegExp, text: string, i: number): boolean {
  return re.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}

/** `\p{L}` */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && codePointTest(LETTER, text, i);
}

/** `\p{Ll}` */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return i < text.length && codePointTest(LOWER, text, i);
}

/** `[\p{L}\p{M}]` */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && codePointTest(LETTER_OR_MARK, text, i);
}

/** `[\p{L}\p{N}]` */
export function isLetterOrNumberAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && codePointTest(LETTER_OR_NUMBER, text, i);
}

/** `[\p{L}\p{M}\p{N}]` */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && codePointTest(WORD_CHAR, text, i);
}

/** An ASCII digit, `\d` even under the u flag. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** `\s`; every white space character is a single UTF-16 unit. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
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
