import { type Attribution, attributionAfter, attributionBefore, openingSubject } from "./attribution";
import { trimSpan } from "./chars";
import { type Doc, type Draft, ending, resolve } from "./drafts";
import { guessKind, words } from "./kind";
import { splitTitleAt } from "./names";
import { rankedQuantity } from "./quantities";
import { type Quotation, quotedSpan } from "./quotations";
import type { Fragment } from "./quotes";
import { afterRegion, beforeRegion, hasWords, type Region } from "./regions";
import { sentenceAt } from "./segment";
import type { Person } from "./speakers";
import type { Subject } from "./subjects";
import { tokenize } from "./tokens";
import type { Quantity, Span } from "./types";

const COMMA_ENDINGS = new Set([",", "?", "!"]);
/** The sentence's opening words, for the subject of `…, telling reporters:`. */
const OPENING_WINDOW = 160;

/**
 * A quotation as a candidate: the half to show and its figure, the speaker from the attribution
 * around it (or, without one, from the quote it continues, an earlier quote in the same sentence,
 * or the paragraph's speaker when it stands alone), and the sentences around it as context.
 */
export function quoteDraft(doc: Doc, quotation: Quotation, previous: Draft[]): Draft {
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
  const attribution = attribute(doc, {
    before,
    after,
    gaps,
    commaFirst: runsOn(text, last) || gaps.length > 0,
    sentence: sents[sFirst],
    headline: first.paragraph === doc.roles.headline,
  });
  let person = attribution ? resolve(doc.registry, attribution.subject) : null;
  const prior = previous.at(-1);
  if (!attribution && quotation.continued) person = prior?.person ?? null;
  else if (!attribution && prior?.quoted && prior.sentence === sFirst) person = prior.person;
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
    sentence: sFirst,
    continued: quotation.continued,
    quoted: true,
    ending: ending(joined),
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

interface Around {
  before: Region;
  after: Region;
  /** The words between the halves of an interrupted quote. */
  gaps: string[];
  /** The quote runs on into its attribution ("…," she said), so look after it first. */
  commaFirst: boolean;
  sentence: Span | undefined;
  /** The quote is in the headline, where `Roe: "…"` names the speaker. */
  headline: boolean;
}

/**
 * Newswire puts the attribution after the quote when the quote ends in a comma ("…," she said)
 * and before it otherwise (She said: "…"); the words between the halves of an interrupted quote
 * are the surest of all.
 */
function attribute(doc: Doc, around: Around): Attribution | null {
  const { before, after, sentence } = around;
  const { text } = doc;
  const surroundings = {
    known: (name: string) => doc.registry.has(name),
    sentenceSubject: (): Subject | null =>
      sentence
        ? openingSubject(tokenize(text.slice(sentence.start, Math.min(before.end, sentence.start + OPENING_WINDOW))))
        : null,
  };
  for (const gap of around.gaps) {
    const found = attributionAfter(gap) ?? attributionBefore(gap, false, surroundings);
    if (found) return found;
  }
  const tryBefore = () =>
    attributionBefore(text.slice(before.start, before.end), before.fromSentenceStart, surroundings) ??
    (around.headline ? headlineColon(text.slice(before.start, before.end)) : null);
  const tryAfter = () => attributionAfter(text.slice(after.start, after.end));
  return around.commaFirst ? (tryAfter() ?? tryBefore()) : (tryBefore() ?? tryAfter());
}

/** A headline's `Hutt: "Waiting lists will fall"`. */
function headlineColon(region: string): Attribution | null {
  const tokens = tokenize(region);
  if (tokens.at(-1)?.text !== ":" || tokens.length > 6) return null;
  const parts = splitTitleAt(tokens, 0, tokens.length - 2);
  return parts?.name
    ? { subject: { kind: "name", name: parts.name, ...(parts.title ? { title: parts.title } : {}) }, verb: "said" }
    : null;
}

/** The quote's own last character is a comma, question or exclamation mark: `"…," she said`, `"…?" he asked`. */
function runsOn(text: string, last: Fragment): boolean {
  const { end } = trimSpan(text, last.start, last.end);
  return COMMA_ENDINGS.has(text.charAt(end - 1));
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
