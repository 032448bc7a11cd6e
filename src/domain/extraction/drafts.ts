import { trimSpan } from "./chars";
import { guessKind, words } from "./kind";
import type { Roles } from "./layout";
import { rankedQuantity } from "./quantities";
import type { Layout } from "./regions";
import { scoreQuote } from "./score";
import type { Sentence } from "./segment";
import { type Person, type SpeakerRegistry, toSpeaker } from "./speakers";
import type { Subject } from "./subjects";
import type { Turn } from "./transcript";
import type { Candidate, Kind, Quantity, Span } from "./types";

/** The article as the readers of quotes, reported speech and transcript turns share it. */
export interface Doc extends Layout {
  registry: SpeakerRegistry;
  roles: Roles;
  turns: (Turn | null)[] | null;
}

/** A candidate before it is scored; its person may still learn a full name or a title. */
export interface Draft {
  text: string;
  words: string[];
  hasDigit: boolean;
  context: string;
  quantity?: Quantity;
  kind: Kind;
  person: Person | null;
  paragraph: number;
  /** Index of the sentence the candidate starts in. */
  sentence: number;
  continued: boolean;
  quoted: boolean;
  ending: "?" | "!" | "";
}

/** A candidate that is a stretch of one sentence: reported speech, a transcript's sentence. */
export function sentenceDraft(
  doc: Doc,
  shown: Span,
  where: { sentence: Sentence; index: number; context: Span },
  said: { person: Person | null; verb?: string; quoted: boolean },
): Draft {
  const text = doc.text.slice(shown.start, shown.end);
  const quantity = rankedQuantity(text)?.quantity;
  const list = words(text);
  const reported = !said.quoted;
  const question = text.endsWith("?");
  return {
    text,
    words: list,
    hasDigit: /\d/.test(text),
    context: doc.text.slice(where.context.start, where.context.end),
    quantity,
    kind: guessKind(list, { figure: quantity !== undefined, question, verb: said.verb, reported }),
    person: said.person,
    paragraph: where.sentence.paragraph,
    sentence: where.index,
    continued: false,
    quoted: said.quoted,
    ending: ending(text),
  };
}

/** Who a subject is, among the people named so far; a group is no one and says so to the registry. */
export function resolve(registry: SpeakerRegistry, subject: Subject): Person | null {
  switch (subject.kind) {
    case "pronoun":
      return registry.pronoun(subject.word);
    case "role":
      return registry.described(subject.role);
    case "group":
      registry.group();
      return null;
    default:
      return registry.mention(subject.name, subject.title, true, subject.gender);
  }
}

export function ending(text: string): Draft["ending"] {
  const { end } = trimSpan(text, 0, text.length);
  let i = end - 1;
  while (i >= 0 && CLOSING.has(text.charAt(i))) i--;
  const last = text.charAt(i);
  return last === "?" || last === "!" ? last : "";
}

const CLOSING = new Set(['"', "'", "\u201d", "\u2019", ")"]);

export function toCandidate(d: Draft): Candidate {
  const { text, kind, context, quantity, quoted } = d;
  const speaker = d.person ? toSpeaker(d.person) : null;
  const score = scoreQuote({
    words: d.words,
    hasDigit: d.hasDigit,
    kind,
    hasQuantity: quantity !== undefined,
    attributed: speaker !== null,
    quoted,
    ending: d.ending,
  });
  return quantity
    ? { text, speaker, quantity, kind, context, score, quoted }
    : { text, speaker, kind, context, score, quoted };
}
