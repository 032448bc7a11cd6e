import { isAlnum } from "./chars";
import type { Fragment } from "./quotes";
import type { Sentence } from "./segment";
import type { Span } from "./types";

/** Attribution clauses are short; bounding the text searched keeps long sentences linear. */
const MAX_REGION = 400;

/** Where an article's sentences and quotes are, for looking around a quote. */
export interface Layout {
  text: string;
  sents: readonly Sentence[];
  fragments: readonly Fragment[];
  /** Position of each fragment in `fragments`. */
  index: ReadonlyMap<Fragment, number>;
}

/** The stretch of text next to a quote that may hold its attribution. */
export interface Region extends Span {
  fromSentenceStart: boolean;
  extended: boolean;
}

/** From the start of the quote's sentence (or the previous quote) up to its opening mark. */
export function beforeRegion(doc: Layout, first: Fragment, s: number): Region {
  const sentStart = doc.sents[s]?.start ?? 0;
  const prev = doc.fragments[(doc.index.get(first) ?? 0) - 1];
  const prevEnd = prev ? fragmentEnd(prev) : 0;
  const start = Math.min(first.open, Math.max(sentStart, prevEnd, first.open - MAX_REGION));
  return { start, end: first.open, fromSentenceStart: start === sentStart, extended: false };
}

/**
 * From the closing mark to the end of its sentence or the next quote. After a quote ending in "?"
 * or "!" (`asks`) the sentence splitter may have cut off `Doe asked.`, so look one sentence on.
 */
export function afterRegion(doc: Layout, last: Fragment, s: number, asks: boolean): Region {
  const start = fragmentEnd(last);
  const next = doc.fragments[(doc.index.get(last) ?? 0) + 1];
  const limit = Math.min(next ? next.open : doc.text.length, start + MAX_REGION);
  const sentence = doc.sents[s];
  let end = Math.max(start, Math.min(sentence?.end ?? start, limit));
  const following = doc.sents[s + 1];
  if (asks && !hasWords(doc.text, { start, end }) && following && following.paragraph === sentence?.paragraph) {
    end = Math.max(start, Math.min(following.end, limit));
    return { start, end, fromSentenceStart: false, extended: true };
  }
  return { start, end, fromSentenceStart: false, extended: false };
}

/** Just past the closing mark; past everything for a missing fragment, so scans stop there. */
export function fragmentEnd(f: Fragment | undefined): number {
  if (!f) return Number.POSITIVE_INFINITY;
  return f.close >= 0 ? f.close + 1 : f.end;
}

export function hasWords(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isAlnum(text.charAt(i))) return true;
  return false;
}
