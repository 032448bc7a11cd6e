import { trimSpan } from "./chars";
import { type Doc, type Draft, ending, sentenceDraft } from "./drafts";
import { words } from "./kind";
import { splitTitle } from "./names";
import { type Sentence, sentenceAt } from "./segment";
import type { Person } from "./speakers";
import { answers, asks, labelWords } from "./transcript";
import type { Span } from "./types";

/** Transcript sentences shorter than this ("Sure.", "Thank you.") are not candidates. */
const MIN_TURN_WORDS = 3;
/** A transcript sentence's context takes in its neighbours while it stays this short. */
const TURN_CONTEXT = 600;

/**
 * Reads a transcript turn by turn: whose turn it is, and each of its sentences as a candidate,
 * except questions (whoever asks them) and one- or two-word replies.
 */
export class TurnReader {
  private person: Person | null = null;
  private asking = false;
  private paragraph = -1;
  private interviewee: Person | null | undefined;

  constructor(private readonly doc: Doc) {}

  draft(sentence: Sentence): Draft | null {
    const { text, registry } = this.doc;
    const turn = this.doc.turns?.[sentence.paragraph];
    if (!turn) return null;
    if (sentence.paragraph !== this.paragraph) {
      this.paragraph = sentence.paragraph;
      if (turn.label !== null) this.speaker(turn.label);
    }
    if (this.asking) return null;
    const shown = trimSpan(text, Math.max(sentence.start, turn.body), sentence.end);
    const said = text.slice(shown.start, shown.end);
    if (words(said).length < MIN_TURN_WORDS || ending(said) === "?") return null;
    if (this.person) registry.mention(this.person.name, this.person.title, true);
    const index = sentenceAt(this.doc.sents, sentence.start);
    const where = { sentence, index, context: this.context(sentence, index) };
    return sentenceDraft(this.doc, shown, where, { person: this.person, quoted: true });
  }

  private speaker(label: string): void {
    const { registry } = this.doc;
    this.asking = asks(label);
    if (this.asking) return;
    if (answers(label)) {
      this.interviewee ??= registry.lastPerson();
      this.person = this.interviewee;
      return;
    }
    const parts = splitTitle(labelWords(label));
    if (!parts) this.person = null;
    else if (!parts.name) this.person = parts.title ? registry.described(parts.title) : null;
    else this.person = registry.mention(parts.name, parts.title, true, parts.gender);
  }

  /** The sentence with its neighbours in the same paragraph, while that stays short. */
  private context(sentence: Sentence, s: number): Span {
    const { sents } = this.doc;
    const prev = sents[s - 1];
    const next = sents[s + 1];
    const start = prev && prev.paragraph === sentence.paragraph ? prev.start : sentence.start;
    const end = next && next.paragraph === sentence.paragraph ? next.end : sentence.end;
    return end - start <= TURN_CONTEXT ? { start, end } : { start: sentence.start, end: sentence.end };
  }
}
