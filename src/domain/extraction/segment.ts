import { CLOSERS, isAlnum, isLower, isSpace, isUpper, OPENERS, TERMINATORS, trimSpan } from "./chars";
import { ABBREVIATIONS, NOT_NAMES } from "./lexicon";
import type { Span } from "./types";

/** "U.S", "U.K", "E.U" (the final full stop is the one being judged). */
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

export interface Sentence extends Span {
  paragraph: number;
}

/**
 * Paragraphs are separated by line breaks. A single line break followed by a lowercase letter is
 * taken as a hard wrap inside a paragraph, since no paragraph starts in lowercase.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const lineBreaks = /[\n\r\u2028\u2029]/g;
  let start = 0;
  for (let m = lineBreaks.exec(text); m; m = lineBreaks.exec(text)) {
    let j = m.index;
    let breaks = 0;
    while (j < text.length && isSpace(text.charAt(j))) {
      const ch = text.charAt(j);
      if (ch === "\n" || ch === "\u2029" || (ch === "\r" && text.charAt(j + 1) !== "\n")) breaks++;
      j++;
    }
    lineBreaks.lastIndex = j;
    if (breaks < 2 && isLower(text.charAt(j))) continue;
    push(out, text, start, m.index);
    start = j;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}

/** Splits each paragraph into sentences; every sentence is a span of the input. */
export function sentences(text: string, paras: readonly Span[]): Sentence[] {
  const terminators = Array.from(text.matchAll(/[.!?\u2026]/g), (m) => m.index);
  const out: Sentence[] = [];
  let t = 0;
  paras.forEach((para, paragraph) => {
    let start = para.start;
    while ((terminators[t] ?? para.end) < para.start) t++;
    for (let k = terminators[t] ?? para.end; k < para.end; k = terminators[++t] ?? para.end) {
      let m = k + 1;
      while (m < para.end && (TERMINATORS.has(text.charAt(m)) || CLOSERS.has(text.charAt(m)))) m++;
      while ((terminators[t + 1] ?? para.end) < m) t++;
      if (m >= para.end || !isSpace(text.charAt(m))) continue;
      let n = m;
      while (n < para.end && isSpace(text.charAt(n))) n++;
      const next = text.charAt(n);
      if (!(isUpper(next) || (next >= "0" && next <= "9") || OPENERS.has(next))) continue;
      if (text.charAt(k) === "." && isAbbreviation(text, k, n)) continue;
      const span = trimSpan(text, start, m);
      if (span.end > span.start) out.push({ start: span.start, end: span.end, paragraph });
      start = n;
    }
    const span = trimSpan(text, start, para.end);
    if (span.end > span.start) out.push({ start: span.start, end: span.end, paragraph });
  });
  return out;
}

/**
 * True when the full stop at `dot` does not end the sentence even though a capital follows at
 * `next`: an initial ("John F. Roe"), a known abbreviation ("Mr. Roe"), or a dotted one ("U.S.
 * Senate") unless a word that usually opens a sentence follows ("in the U.S. The talks").
 */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  let s = dot;
  while (s > 0 && (isAlnum(text.charAt(s - 1)) || text.charAt(s - 1) === ".")) s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && isUpper(word)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (!DOTTED.test(word)) return false;
  let e = next;
  while (e < text.length && isAlnum(text.charAt(e))) e++;
  return !NOT_NAMES.has(text.slice(next, e).toLowerCase());
}

/** Index of the sentence containing `pos`, or of the last sentence starting before it. */
export function sentenceAt(list: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (s !== undefined && s.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
