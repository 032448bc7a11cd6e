import { isAlnum, isSpace, TERMINATORS, trimSpan } from "./chars";
import { ATTRIBUTION_VERBS } from "./lexicon";
import type { Fragment } from "./quotes";
import { type Sentence, sentenceAt } from "./segment";
import type { Span } from "./types";

/**
 * One quoted statement. `parts` holds more than one fragment when the quote is interrupted by its
 * attribution ("We are close," he said, "but not there yet."); `continued` marks a paragraph that
 * carries on the previous paragraph's quote.
 */
export interface Quotation {
  parts: [Fragment, ...Fragment[]];
  continued: boolean;
}

const TRAILING = new Set([",", ";", ":", "\u2014", "\u2013", "-"]);
const MAX_GAP = 200;
const MAX_GAP_WORDS = 15;

/**
 * The part of a fragment worth showing: trimmed, and without a trailing comma or dash, which
 * belong to the surrounding sentence ("We are close," he said). Null when nothing is left.
 */
export function quotedSpan(text: string, f: Fragment): Span | null {
  let { start, end } = trimSpan(text, f.start, f.end);
  while (end > start && (TRAILING.has(text.charAt(end - 1)) || isSpace(text.charAt(end - 1)))) end--;
  for (let i = start; i < end; i++) {
    if (isAlnum(text.charAt(i))) return { start, end };
  }
  return null;
}

export function groupQuotations(text: string, fragments: readonly Fragment[], sents: readonly Sentence[]): Quotation[] {
  const out: Quotation[] = [];
  let current: Quotation | null = null;
  for (const f of fragments) {
    if (quotedSpan(text, f) === null) continue;
    const last = current?.parts.at(-1);
    if (current && last && !f.continued && interrupted(text, last, f, sents)) {
      current.parts.push(f);
      continue;
    }
    current = { parts: [f], continued: f.continued };
    out.push(current);
  }
  return out;
}

/** The first fragment runs on into the second, with only an attribution clause between them. */
function interrupted(text: string, first: Fragment, second: Fragment, sents: readonly Sentence[]): boolean {
  if (first.close < 0 || first.paragraph !== second.paragraph) return false;
  if (second.open - first.close > MAX_GAP) return false;
  const inner = trimSpan(text, first.start, first.end);
  if (TERMINATORS.has(text.charAt(inner.end - 1))) return false;
  if (sentenceAt(sents, first.close) !== sentenceAt(sents, second.open)) return false;
  const words =
    text
      .slice(first.close + 1, second.open)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= MAX_GAP_WORDS && words.some((w) => ATTRIBUTION_VERBS.has(w) || w === "according");
}
