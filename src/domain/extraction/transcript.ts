import { LABEL } from "./segment";
import type { Span } from "./types";

/**
 * Transcripts (briefings, interviews, hearings) mark each turn with its speaker in capitals and a
 * colon: `SECRETARY ROE: More than …`, `Q: …`, `MS LEE: …`. A paragraph without a label carries on
 * the turn before it. Questions are not claims, so the questioner's turns give nothing.
 */
export interface Turn {
  /** The label as written, without its colon ("SECRETARY ROE"); null for a paragraph carrying on a turn. */
  label: string | null;
  /** Where the turn's words start in its paragraph (after the label). */
  body: number;
}

/** Labels that ask rather than answer. */
const QUESTIONERS = new Set([
  "q",
  "question",
  "reporter",
  "reporters",
  "audience",
  "audience member",
  "moderator",
  "interviewer",
  "participant",
  "host",
]);
/** Labels of an interview's answers, whose speaker the introduction names. */
const ANSWERS = new Set(["a", "answer"]);
/** Capitalised labels that announce something other than a speaker. */
const NOT_SPEAKERS = new Set(
  "note|update|correction|clarification|editor's note|editor\u2019s note|watch|read more|related|photo|video|source|breaking|exclusive|analysis|opinion|warning|advertisement".split(
    "|",
  ),
);
/** A transcript has at least this many labelled turns; a dateline does not make one. */
const MIN_TURNS = 2;

/**
 * The turn each paragraph belongs to, from the first labelled paragraph on; null when the text is
 * not a transcript. `(Laughter.)` and other bracketed stage notes carry no turn.
 */
export function transcriptTurns(text: string, paras: readonly Span[]): (Turn | null)[] | null {
  const labels = paras.map((p) => {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    return m?.[1] && !NOT_SPEAKERS.has(m[1].toLowerCase()) ? m : null;
  });
  if (labels.filter(Boolean).length < MIN_TURNS) return null;
  let inside = false;
  return paras.map((p, i) => {
    const m = labels[i];
    if (m?.[1]) {
      inside = true;
      return { label: m[1], body: p.start + m[0].length };
    }
    const stage = text.charAt(p.start) === "(" || text.charAt(p.start) === "[";
    return inside && !stage ? { label: null, body: p.start } : null;
  });
}

export function asks(label: string): boolean {
  return QUESTIONERS.has(label.toLowerCase());
}

export function answers(label: string): boolean {
  return ANSWERS.has(label.toLowerCase());
}

/** "SECRETARY ROE" → ["Secretary", "Roe"], "MR. O'BRIEN" → ["Mr.", "O'Brien"], for splitting like any name. */
export function labelWords(label: string): string[] {
  return label
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w.toLowerCase().replace(/(^|['\u2019-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
    );
}
