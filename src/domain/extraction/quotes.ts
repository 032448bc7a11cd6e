import { isAlnum, isSpace } from "./chars";
import type { Span } from "./types";

/** One stretch of quoted text between an opening and a closing mark. */
export interface Fragment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended with the quote still open. */
  close: number;
  /** Content between the marks (untrimmed). */
  start: number;
  end: number;
  paragraph: number;
  /**
   * Re-opens a quote left open at the end of the previous paragraph (newswire convention), or at a
   * sentence end in the same paragraph when paragraph breaks were lost (`…the roof. "The …`).
   */
  continued: boolean;
}

const DOUBLE_OPENERS = new Set(['"', "\u201c", "\u00ab"]);
/** Every quotation mark the scanner reacts to; it jumps from one to the next. */
const MARKS = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb]/g;
const AFTER_OPENING = new Set(["(", "[", "{", "\u2014", "\u2013", "-", "/", ":", "\u201c", "\u2018", "\u00ab"]);
const BEFORE_CLOSING = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "\u2014", "\u2013", "-", "\u2026"]);
const QUOTE_MARKS = new Set(['"', "\u201d", "\u2019", "'", "\u00bb"]);
const SENTENCE_PUNCT = new Set([",", ".", "!", "?", "\u2026", ";", ":"]);
const SENTENCE_END = new Set([".", "!", "?", "\u2026"]);

/**
 * Finds quotations paragraph by paragraph. Double quotes (straight, curly, guillemets) nest, so a
 * quote inside a quote stays part of the outer one; single quotes count only at the top level and
 * only when they look like quotation marks rather than apostrophes (see `closesSingle`). A quote
 * still open at the end of a paragraph ends there, and when the next paragraph starts with an
 * opening mark that paragraph's first quote is marked as its continuation. Inside a quote, an
 * opening mark right after a full stop is that same convention with the paragraph break lost: the
 * quote ends before it and a continuation starts, rather than a nested quote running on into the
 * narrative.
 */
export function scanQuotes(text: string, paras: readonly Span[]): Fragment[] {
  const marks = Array.from(text.matchAll(MARKS), (m) => m.index);
  const out: Fragment[] = [];
  let leftOpen = false;
  let k = 0;
  paras.forEach((para, index) => {
    while ((marks[k] ?? Number.POSITIVE_INFINITY) < para.start) k++;
    const continues = leftOpen && DOUBLE_OPENERS.has(text.charAt(para.start));
    const scan: Scan = { text, para, paragraph: index, continues, marks, k, out };
    leftOpen = scanParagraph(scan);
    k = scan.k;
  });
  return out;
}

/** One paragraph's pass over the positions of the quotation marks in it. */
interface Scan {
  text: string;
  para: Span;
  paragraph: number;
  continues: boolean;
  /** Offsets of every quotation mark in the text, in order, and the next one to read. */
  marks: readonly number[];
  k: number;
  out: Fragment[];
}

function scanParagraph(scan: Scan): boolean {
  const { text, para, marks } = scan;
  const nextSingleClose = singleCloser(scan);
  let reopened = false;
  const emit = (open: number, close: number, end = close === -1 ? para.end : close): void => {
    const continued = reopened || (scan.continues && open === para.start);
    scan.out.push({ open, close, start: open + 1, end, paragraph: scan.paragraph, continued });
    reopened = false;
  };
  let depth = 0;
  let open = -1;
  for (; scan.k < marks.length; scan.k++) {
    const i = marks[scan.k] ?? para.end;
    if (i >= para.end) break;
    const ch = text.charAt(i);
    if (depth === 0) {
      if (ch === "\u201c" || ch === "\u00ab" || (ch === '"' && !straightCloses(text, i, para))) {
        depth = 1;
        open = i;
      } else if ((ch === "\u2018" || ch === "'") && opensSingle(text, i, para)) {
        const close = nextSingleClose(i + 1);
        if (close >= 0) {
          emit(i, close);
          while ((marks[scan.k + 1] ?? para.end) <= close) scan.k++;
        }
      }
      continue;
    }
    if (depth === 1 && reopens(text, i, para)) {
      emit(open, -1, i);
      open = i;
      reopened = true;
      continue;
    }
    if (ch === "\u201c" || ch === "\u00ab") depth++;
    else if (ch === "\u201d" || ch === "\u00bb") depth--;
    else if (ch === '"') depth += straightOpens(text, i, para) ? 1 : -1;
    else continue;
    if (depth === 0) emit(open, i);
  }
  if (depth > 0) emit(open, -1);
  return depth > 0;
}

/** An opening mark after a sentence's end and a space, inside a quote: `…the roof. "The commission…`. */
function reopens(text: string, i: number, para: Span): boolean {
  const ch = text.charAt(i);
  if (ch === '"' ? !straightOpens(text, i, para) : ch !== "\u201c" && ch !== "\u00ab") return false;
  let j = i - 1;
  while (j > para.start && isSpace(text.charAt(j))) j--;
  return j < i - 1 && SENTENCE_END.has(text.charAt(j));
}

function around(text: string, i: number, para: Span): { prev: string; next: string } {
  return {
    prev: i > para.start ? text.charAt(i - 1) : "",
    next: i + 1 < para.end ? text.charAt(i + 1) : "",
  };
}

function openingLike(prev: string, next: string): boolean {
  return (isSpace(prev) || AFTER_OPENING.has(prev)) && !isSpace(next);
}

function closingLike(prev: string, next: string): boolean {
  return !isSpace(prev) && !AFTER_OPENING.has(prev) && (isSpace(next) || BEFORE_CLOSING.has(next));
}

/** A straight mark that can only be a closing one (`15" screen`, or a stray) opens nothing. */
function straightCloses(text: string, i: number, para: Span): boolean {
  const { prev, next } = around(text, i, para);
  return closingLike(prev, next) && !openingLike(prev, next);
}

/** Inside a quote, a straight mark that can only open starts a nested quote; anything else closes. */
function straightOpens(text: string, i: number, para: Span): boolean {
  const { prev, next } = around(text, i, para);
  return openingLike(prev, next) && !closingLike(prev, next);
}

/** An opening single quote starts a word; "'90s" is an elision, not a quote. */
function opensSingle(text: string, i: number, para: Span): boolean {
  const { prev, next } = around(text, i, para);
  if (!(isSpace(prev) || AFTER_OPENING.has(prev)) || !isAlnum(next)) return false;
  let j = i + 1;
  while (j < para.end && text.charAt(j) >= "0" && text.charAt(j) <= "9") j++;
  return !(j > i + 1 && text.charAt(j) === "s");
}

/**
 * A closing single quote ends a word and touches sentence punctuation on one side ("close,' he",
 * "'reckless'."), which rules out possessives like "the workers' union" and contractions.
 */
function closesSingle(text: string, j: number, end: number): boolean {
  const ch = text.charAt(j);
  if (ch !== "\u2019" && ch !== "'") return false;
  const prev = text.charAt(j - 1);
  const next = j + 1 < end ? text.charAt(j + 1) : "";
  if (isSpace(prev)) return false;
  if (next === "") return true;
  if (SENTENCE_PUNCT.has(prev)) return isSpace(next) || BEFORE_CLOSING.has(next) || QUOTE_MARKS.has(next);
  return BEFORE_CLOSING.has(next) || QUOTE_MARKS.has(next);
}

/**
 * Returns a finder for the first valid closing single quote at or after a position, within the
 * paragraph. Positions asked for never decrease, so remembering the last answer and where the
 * search stopped keeps the whole paragraph linear.
 */
function singleCloser({ text, para, marks, k }: Scan): (from: number) => number {
  let cached = -2;
  let cachedFrom = 0;
  let j = k;
  return (from) => {
    if (cached >= from || (cached === -1 && from >= cachedFrom)) return cached;
    cachedFrom = from;
    cached = -1;
    while ((marks[j] ?? para.end) < from) j++;
    for (let at = marks[j] ?? para.end; at < para.end; at = marks[++j] ?? para.end) {
      if (closesSingle(text, at, para.end)) {
        cached = at;
        break;
      }
    }
    return cached;
  };
}
