import { type Attribution, attributionAfter, attributionBefore } from "./attribution";
import { trimSpan } from "./chars";
import { guessKind, words } from "./kind";
import { registerMentions } from "./mentions";
import { rankedQuantity } from "./quantities";
import { groupQuotations, type Quotation, quotedSpan } from "./quotations";
import { type Fragment, scanQuotes } from "./quotes";
import { afterRegion, beforeRegion, hasWords, type Layout, type Region } from "./regions";
import { scoreQuote } from "./score";
import { paragraphs, sentenceAt, sentences } from "./segment";
import { type Person, SpeakerRegistry, toSpeaker } from "./speakers";
import type { Candidate, Kind, Quantity, Span } from "./types";

const COMMA_ENDINGS = new Set([",", "?", "!"]);

interface Doc extends Layout {
  registry: SpeakerRegistry;
}

interface Draft {
  text: string;
  words: string[];
  hasDigit: boolean;
  context: string;
  quantity?: Quantity;
  kind: Kind;
  person: Person | null;
  paragraph: number;
  continued: boolean;
}

/** The extractor without its safety net; see `extractClaims` in index.ts. */
export function extractCandidates(text: string): Candidate[] {
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  const fragments = scanQuotes(text, paras);
  const quotations = groupQuotations(text, fragments, sents);
  const index = new Map(fragments.map((f, i) => [f, i] as const));
  const doc: Doc = { text, sents, fragments, index, registry: new SpeakerRegistry() };
  const drafts: Draft[] = [];
  let q = 0;
  let cursor = 0;
  for (let s = 0; s < sents.length; s++) {
    doc.registry.paragraph = sents[s]?.paragraph ?? 0;
    for (let quotation = quotations[q]; quotation; quotation = quotations[++q]) {
      if (sentenceAt(sents, quotation.parts[0].open) > s) break;
      drafts.push(draft(doc, quotation, drafts));
    }
    cursor = registerMentions(doc, doc.registry, s, cursor);
  }
  return drafts
    .map((d, order) => ({ candidate: toCandidate(d), order }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .map((entry) => entry.candidate);
}

function draft(doc: Doc, quotation: Quotation, previous: Draft[]): Draft {
  const { text, sents } = doc;
  const parts = quotation.parts;
  const first = parts[0];
  const last = parts.at(-1) ?? first;
  const spans = parts.map((p) => quotedSpan(text, p)).filter((s): s is Span => s !== null);
  const joined = spans.map((s) => text.slice(s.start, s.end)).join(" ");
  const { shown, quantity } = pickShown(text, spans);
  const sFirst = sentenceAt(sents, first.open);
  const sLast = sentenceAt(sents, last.close >= 0 ? last.close : last.end - 1);
  const before = beforeRegion(doc, first, sFirst);
  const after = afterRegion(doc, last, sLast, /[?!]$/.test(joined));
  const gaps = parts.slice(1).map((p, i) => text.slice((parts[i]?.close ?? p.open) + 1, p.open));
  const attribution = attribute(doc, { before, after, gaps, commaFirst: runsOn(text, last) || gaps.length > 0 });
  let person = attribution ? resolve(doc.registry, attribution) : null;
  if (!attribution && quotation.continued) person = previous.at(-1)?.person ?? null;
  else if (!attribution && gaps.length === 0 && !hasWords(text, before) && !hasWords(text, after)) {
    person = doc.registry.current();
  }
  if (person && quotation.continued) fillChain(previous, person);
  const contextStart = Math.min(sents[sFirst]?.start ?? first.open, first.open);
  const contextEnd = Math.max(sents[sLast]?.end ?? last.end, after.extended ? after.end : 0, shown.end);
  const context = trimSpan(text, contextStart, contextEnd);
  const list = words(joined);
  return {
    text: text.slice(shown.start, shown.end),
    words: list,
    hasDigit: /\d/.test(joined),
    context: text.slice(context.start, context.end),
    quantity,
    kind: guessKind(list, { figure: quantity !== undefined, question: joined.endsWith("?"), verb: attribution?.verb }),
    person,
    paragraph: first.paragraph,
    continued: quotation.continued,
  };
}

/**
 * An interrupted quote shows one of its halves, so `text` stays a verbatim substring: the half
 * with the most telling figure, else the longest (the first on ties). Kind and score still read
 * both halves.
 */
function pickShown(text: string, spans: readonly Span[]): { shown: Span; quantity?: Quantity } {
  let shown = spans[0] ?? { start: 0, end: 0 };
  let best: ReturnType<typeof rankedQuantity>;
  for (const span of spans) {
    const ranked = rankedQuantity(text.slice(span.start, span.end));
    if (ranked && (!best || ranked.tier > best.tier)) {
      best = ranked;
      shown = span;
    } else if (!best && span.end - span.start > shown.end - shown.start) {
      shown = span;
    }
  }
  return { shown, quantity: best?.quantity };
}

/**
 * Newswire puts the attribution after the quote when the quote ends in a comma ("…," she said)
 * and before it otherwise (She said: "…"); the words between the halves of an interrupted quote
 * are the surest of all.
 */
function attribute(doc: Doc, around: Around): Attribution | null {
  for (const gap of around.gaps) {
    const found = attributionAfter(gap);
    if (found) return found;
  }
  const { before, after } = around;
  const known = (name: string) => doc.registry.has(name);
  const tryBefore = () => attributionBefore(doc.text.slice(before.start, before.end), before.fromSentenceStart, known);
  const tryAfter = () => attributionAfter(doc.text.slice(after.start, after.end));
  return around.commaFirst ? (tryAfter() ?? tryBefore()) : (tryBefore() ?? tryAfter());
}

interface Around {
  before: Region;
  after: Region;
  /** The words between the halves of an interrupted quote. */
  gaps: string[];
  /** The quote runs on into its attribution ("…," she said), so look after it first. */
  commaFirst: boolean;
}

/** The quote's own last character is a comma, question or exclamation mark: `"…," she said`, `"…?" he asked`. */
function runsOn(text: string, last: Fragment): boolean {
  const { end } = trimSpan(text, last.start, last.end);
  return COMMA_ENDINGS.has(text.charAt(end - 1));
}

function resolve(registry: SpeakerRegistry, { subject }: Attribution): Person | null {
  if (subject.kind === "pronoun") return registry.pronoun();
  if (subject.kind === "role") return registry.described(subject.role);
  return registry.mention(subject.name, subject.title, true);
}

/** An attribution at the end of a multi-paragraph quote names the speaker of its earlier paragraphs too. */
function fillChain(previous: Draft[], person: Person): void {
  for (let i = previous.length - 1; i >= 0; i--) {
    const d = previous[i];
    if (!d) break;
    d.person ??= person;
    if (!d.continued) break;
  }
}

function toCandidate(d: Draft): Candidate {
  const { text, kind, context, quantity } = d;
  const speaker = d.person ? toSpeaker(d.person) : null;
  const score = scoreQuote({
    words: d.words,
    hasDigit: d.hasDigit,
    kind,
    hasQuantity: quantity !== undefined,
    attributed: speaker !== null,
  });
  return quantity ? { text, speaker, quantity, kind, context, score } : { text, speaker, kind, context, score };
}
