import { isVerb, sentenceSubject, titledNames } from "./attribution";
import { mayHoldTitle, splitTitleAt } from "./names";
import { isGivenName } from "./people";
import { fragmentEnd, type Layout } from "./regions";
import { afterDateline } from "./segment";
import type { SpeakerRegistry } from "./speakers";
import { isName, runForward, type Subject, subjectAfter, subjectBefore } from "./subjects";
import { type Token, tokenize } from "./tokens";
import type { Span } from "./types";

/** "Kamala Harris", "Ahmad Karim bin Said": a given name and up to three more words. */
const MAX_NAME_RUN = 4;

/** A stretch of a sentence outside its quotes, tokenised once for everything that reads it. */
export interface Segment extends Span {
  /** Tokens of the text from `from` (after a dateline) to `end`, with offsets from `from`. */
  tokens: Token[];
  from: number;
}

/**
 * The stretches of sentence `s` outside its quotes, tokenised (the first without its dateline),
 * and the first fragment that can still overlap later sentences.
 */
export function narrative(doc: Layout, s: number, cursor: number): { segments: Segment[]; cursor: number } {
  const { fragments } = doc;
  const sentence = doc.sents[s];
  if (!sentence) return { segments: [], cursor };
  const i = skipFragments(doc, s, cursor);
  const segments: Span[] = [];
  let pos = sentence.start;
  for (let j = i; j < fragments.length; j++) {
    const f = fragments[j];
    if (!f || f.open >= sentence.end) break;
    if (f.open > pos) segments.push({ start: pos, end: f.open });
    pos = Math.max(pos, fragmentEnd(f));
  }
  if (pos < sentence.end) segments.push({ start: pos, end: sentence.end });
  const opensParagraph = doc.sents[s - 1]?.paragraph !== sentence.paragraph;
  return { segments: segments.map((seg) => tokenized(doc.text, seg, opensParagraph)), cursor: i };
}

/** The first fragment at or after `cursor` that can still overlap sentence `s` or a later one. */
export function skipFragments(doc: Layout, s: number, cursor: number): number {
  const sentence = doc.sents[s];
  if (!sentence) return cursor;
  let i = cursor;
  while (fragmentEnd(doc.fragments[i]) <= sentence.start) i++;
  return i;
}

/** Datelines open a story's first paragraph, so only a paragraph's first words are looked at for one. */
function tokenized(text: string, seg: Span, opensParagraph: boolean): Segment {
  const from = opensParagraph ? afterDateline(text, seg.start) : seg.start;
  return { start: seg.start, end: seg.end, from, tokens: tokenize(text.slice(from, seg.end)) };
}

/** The subject a sentence opens with ("Finance Minister Ana Ruiz presented the budget"), before its quotes are read. */
export function openingOf(sentence: Span, segments: readonly Segment[]): Subject | null {
  const first = segments[0];
  return first && first.start === sentence.start ? sentenceSubject(first.tokens) : null;
}

/**
 * Registers the person a sentence opens with as the referent of a later "she", and a group that
 * opens it ("Labour said…") as no one's: a quote standing alone after it gets no speaker.
 */
export function registerOpening(subject: Subject | null, registry: SpeakerRegistry): void {
  if (subject?.kind === "group") registry.group();
  if (subject?.kind !== "name") return;
  if (subject.title || subject.name.includes(" ") || registry.has(subject.name)) {
    registry.mention(subject.name, subject.title, true, subject.gender);
  }
}

/**
 * After a sentence's quotes: everyone its narrative reports as speaking ("…, said Ahmad Karim, an
 * economist at …", "Karim added that …") becomes the latest subject, in order; every titled name
 * and every full name opening with a given name becomes known, so a later surname resolves.
 */
export function registerNarrative(text: string, segments: readonly Segment[], registry: SpeakerRegistry): void {
  for (const seg of segments) {
    const tokens = seg.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const according = tokens[v]?.lower === "according" && tokens[v + 1]?.lower === "to";
      if (!according && !isVerb(tokens, v)) continue;
      const subject = according ? subjectAfter(tokens, v + 1) : (subjectBefore(tokens, v) ?? subjectAfter(tokens, v));
      if (subject?.kind === "name") registry.mention(subject.name, subject.title, true, subject.gender);
      else if (subject?.kind === "group") registry.group();
    }
    if (mayHoldTitle(text, seg, tokens)) {
      for (const mention of titledNames(tokens)) registry.mention(mention.name, mention.title, false);
    }
    for (const name of givenNames(tokens)) registry.mention(name, undefined, false);
  }
}

/** Full names opening with a known given name: "Kamala Harris", "Gary Burtless". */
function givenNames(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !isName(t) || !isGivenName(t.lower) || !isName(tokens[i + 1])) continue;
    const end = Math.min(runForward(tokens, i), i + MAX_NAME_RUN - 1);
    const parts = splitTitleAt(tokens, i, end);
    if (parts?.name.includes(" ") && !parts.title) out.push(parts.name);
    i = end;
  }
  return out;
}
