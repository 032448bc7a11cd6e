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
 * taken as a hard wrap inside a paragraph, since no paragraph starts in lowercase. Text that is
 * hard-wrapped throughout (most lines of similar length, most ending mid-sentence, as in old wire
 * copy) is joined back up: there a single line break ends a paragraph only before an indented
 * line (when paragraphs are marked by indenting) or after a short line that ends a sentence. A
 * transcript's speaker label ("MS LEE:") always starts a paragraph.
 */
export function paragraphs(text: string): Span[] {
  const wrap = wrapStyle(text);
  const out: Span[] = [];
  const lineBreaks = /[\n\r\u2028\u2029]/g;
  let start = 0;
  let lineStart = 0;
  for (let m = lineBreaks.exec(text); m; m = lineBreaks.exec(text)) {
    let j = m.index;
    let breaks = 0;
    while (j < text.length && isSpace(text.charAt(j))) {
      const ch = text.charAt(j);
      if (ch === "\n" || ch === "\u2029" || (ch === "\r" && text.charAt(j + 1) !== "\n")) breaks++;
      j++;
    }
    lineBreaks.lastIndex = j;
    const line = trimSpan(text, lineStart, m.index);
    lineStart = j;
    if (breaks < 2 && !startsLabel(text, j) && joins(text, line, j, wrap)) continue;
    push(out, text, start, m.index);
    start = j;
  }
  push(out, text, start, text.length);
  return out;
}

interface WrapStyle {
  /** Lines are hard-wrapped throughout. */
  wrapped: boolean;
  /** Paragraphs start with an indented line. */
  indented: boolean;
  longest: number;
}

const WRAP_MIN_LINES = 5;
const WRAP_MAX_LINE = 100;
const SHORT_LINE = 0.7;

/** One pass over the lines to tell wrapped wire copy from text with a paragraph per line. */
function wrapStyle(text: string): WrapStyle {
  let lines = 0;
  let long = 0;
  let open = 0;
  let single = 0;
  let indented = 0;
  let longest = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    const line = trimSpan(text, pos, end);
    const next = end + 1;
    if (line.end > line.start) {
      const length = line.end - line.start;
      lines++;
      longest = Math.max(longest, length);
      if (length > WRAP_MAX_LINE) long++;
      const blankAfter = /^[ \t\r]*(?:\n|$)/.test(text.slice(next, next + 40));
      if (next < text.length && !blankAfter) {
        single++;
        if (!endsSentence(text, line.end)) open++;
        if (text.charAt(next) === " " || text.charAt(next) === "\t") indented++;
      }
    }
    pos = next;
  }
  const wrapped = lines >= WRAP_MIN_LINES && long * 10 <= lines && open * 2 >= single;
  return { wrapped, indented: wrapped && indented >= 2, longest };
}

function joins(text: string, line: Span, next: number, wrap: WrapStyle): boolean {
  if (!wrap.wrapped) return isLower(text.charAt(next));
  if (wrap.indented) return text.charAt(next - 1) !== " " && text.charAt(next - 1) !== "\t";
  return !(endsSentence(text, line.end) && line.end - line.start < SHORT_LINE * wrap.longest);
}

/** The text before `end` finishes a sentence: a terminator, maybe followed by closing quotes. */
function endsSentence(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i--;
  return TERMINATORS.has(text.charAt(i)) || text.charAt(i) === ":";
}

/**
 * A transcript speaker label: capitals and a colon at the start of a line ("SECRETARY ROE:", "Q:",
 * "MR. DAVIES (Example Wire):").
 */
export const LABEL =
  /^(\p{Lu}[\p{Lu}.'\u2019-]*(?: \p{Lu}[\p{Lu}.'\u2019-]*){0,4})(?: \([^)\n]{1,40}\))? ?:[ \t]+(?=\S)/u;

function startsLabel(text: string, at: number): boolean {
  return LABEL.test(text.slice(at, at + 60));
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

/** "CANBERRA, Feb 27 - ", "WASHINGTON (AP) — ": a dateline opening a story's first sentence. */
const DATELINE =
  /^\p{Lu}[\p{Lu} .'\u2019-]{1,40}(?:,[^\n\u2014\u2013-]{1,30})?(?: \([^)\n]{1,40}\))?\s+[-\u2014\u2013]{1,2}\s+/u;
const MAX_DATELINE = 90;

/** Where the text starting at `start` goes on after its dateline, if it opens with one. */
export function afterDateline(text: string, start: number): number {
  if (!isUpper(text.charAt(start)) || !isUpper(text.charAt(start + 1))) return start;
  const m = DATELINE.exec(text.slice(start, start + MAX_DATELINE));
  return m ? start + m[0].length : start;
}
