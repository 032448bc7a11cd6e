import { type Attribution, attributionAfterTokens, isVerb } from "./attribution";
import { CLOSERS, TERMINATORS, trimSpan } from "./chars";
import { ATTRIBUTION_VERBS } from "./lexicon";
import { type Subject, subjectBefore } from "./subjects";
import type { Token } from "./tokens";
import type { Span } from "./types";

/**
 * Reported speech without quote marks: "The minister said (that) unemployment had fallen to 4
 * percent", "Roe told reporters that …", "…, Keating said.", "…, said Ana Ruiz, an economist at …",
 * "While …, Roe said, there is no backlog …". The clause reported is the candidate's text.
 */
export interface Reported extends Attribution {
  clause: Span;
}

/** Verbs that report a clause: "said (that) …", "warned (that) …", "announced that …". */
const REPORTING = new Set(
  `said says added adds warned warns argued argues claimed claims insisted insists noted notes estimated
  estimates predicted predicts acknowledged admitted conceded stated states announced announces confirmed
  revealed disclosed reported explained stressed maintained contended suggested agreed recalled forecast
  forecasts pledged promised vowed replied`.split(/\s+/),
);
/** Of those, the ones whose clause needs its "that": "announced the payment" reports no claim. */
const THAT_ONLY = new Set(
  "announced announces confirmed revealed disclosed reported agreed recalled replied acknowledged admitted".split(" "),
);
/** Verbs that may name whom they address before "that": "promised residents that …". */
const OBJECT_VERBS = new Set(["told", "tells", "promised", "promises", "warned", "warns", "assured", "reminded"]);
/** Verbs that report a commitment with an infinitive: "pledged to cut fares by half". */
const INFINITIVE = new Set(["pledged", "promised", "vowed", "pledges", "promises", "vows"]);
/** Words that cannot open the clause after the verb: "said on Monday.", "said in a statement." */
const NOT_CLAUSE = new Set(
  "on in at to for by with from of about during after before here there today yesterday tonight this last so".split(
    " ",
  ),
);
/** ", which Roe says is needed": a clause about something, not an attribution of the sentence. */
const SUBORDINATORS = new Set(
  "which who whom whose that where when while as because although though since if after before until during".split(" "),
);
/** "told reporters that", "said on Tuesday that": words allowed between the verb and "that". */
const MAX_BEFORE_THAT = 8;
/** The verb of a leading attribution sits near the start: "US Secretary of State Antony Blinken told". */
const MAX_SUBJECT_TOKENS = 16;
/** A trailing attribution: ", Keating said", ", said Ahmad Karim, an economist at …", ", he added". */
const MAX_TRAILING_VERB = 4;
/** Fewer words than this are no claim ("Roe said so"). */
export const MIN_CLAUSE_WORDS = 5;

/**
 * The reported clause of a sentence without quote marks, with who reported it; null if it reports
 * nothing. `tokens` are the sentence's from `start` (after any dateline).
 */
export function reportedSpeech(text: string, start: number, tokens: readonly Token[]): Reported | null {
  const span = (from: number, to: number): Span | null => clauseSpan(text, start, tokens, from, to);
  return leading(tokens, span) ?? trailing(tokens, span);
}

function leading(tokens: readonly Token[], span: (from: number, to: number) => Span | null): Reported | null {
  const limit = Math.min(tokens.length, MAX_SUBJECT_TOKENS);
  for (let v = 1; v < limit; v++) {
    const t = tokens[v];
    if (!t || !isVerb(tokens, v)) continue;
    if (!REPORTING.has(t.lower) && t.lower !== "told" && t.lower !== "tells") return null;
    const subject = subjectBefore(tokens, v);
    if (!person(subject)) return null;
    const from = tokens[v + 1]?.text === "," ? v + 2 : clauseStart(tokens, v);
    const clause = from < 0 ? null : span(from, tokens.length);
    return clause ? { subject, verb: t.lower, clause } : null;
  }
  return null;
}

/** Where the reported clause starts after the verb at `v`, or -1. */
function clauseStart(tokens: readonly Token[], v: number): number {
  const verb = tokens[v]?.lower ?? "";
  const next = tokens[v + 1];
  if (!next) return -1;
  if (next.lower === "that") return v + 2;
  const that = thatAfter(tokens, v);
  if (OBJECT_VERBS.has(verb) && that > 0) return that;
  if (THAT_ONLY.has(verb)) return that;
  if (verb === "told" || verb === "tells") return -1;
  if (next.word && !NOT_CLAUSE.has(next.lower)) return v + 1;
  if (INFINITIVE.has(verb) && next.lower === "to") return v + 1;
  return that;
}

/** The token after a "that" soon after the verb at `v` ("told reporters on Tuesday that"), or -1. */
function thatAfter(tokens: readonly Token[], v: number): number {
  for (let j = v + 1; j < tokens.length && j <= v + MAX_BEFORE_THAT; j++) {
    const t = tokens[j];
    if (!t || t.text === "." || t.text === ";") break;
    if (t.lower === "that") return j + 1;
  }
  return -1;
}

function trailing(tokens: readonly Token[], span: (from: number, to: number) => Span | null): Reported | null {
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c]?.text !== "," || !verbSoonAfter(tokens, c)) continue;
    const rest = tokens.slice(c + 1);
    if (SUBORDINATORS.has(rest[0]?.lower ?? "")) continue;
    const v = rest.findIndex((t, i) => i < MAX_TRAILING_VERB && (isVerb(rest, i) || t.lower === "according"));
    if (v < 0) continue;
    const found = attributionAfterTokens(rest);
    if (!found || (found.verb !== "according" && !REPORTING.has(found.verb))) continue;
    if (!person(found.subject)) return null;
    const after = c + 2 + v;
    if (v > 0 && tokens[after]?.text === "," && found.verb !== "according") {
      const clause = span(after + 1, tokens.length);
      if (clause) return { ...found, clause };
    }
    const clause = span(0, c);
    return clause ? { ...found, clause } : null;
  }
  return null;
}

/** A word that may be an attribution verb within reach of the comma at `c`; most commas have none. */
function verbSoonAfter(tokens: readonly Token[], c: number): boolean {
  for (let i = c + 1; i < tokens.length && i <= c + MAX_TRAILING_VERB; i++) {
    const lower = tokens[i]?.lower ?? "";
    if (ATTRIBUTION_VERBS.has(lower) || lower === "according") return true;
  }
  return false;
}

function person(subject: Subject | null): subject is Subject {
  return subject?.kind === "name" || subject?.kind === "pronoun" || subject?.kind === "role";
}

/** The text of tokens [from, to) as a span of the input, without its closing full stop; null when too short. */
function clauseSpan(text: string, base: number, tokens: readonly Token[], from: number, to: number): Span | null {
  let end = to;
  while (end > from && (TERMINATORS.has(tokens[end - 1]?.text ?? "") || CLOSERS.has(tokens[end - 1]?.text ?? "")))
    end--;
  const first = tokens[from];
  const last = tokens[end - 1];
  if (!first || !last) return null;
  let words = 0;
  for (let i = from; i < end; i++) if (tokens[i]?.word) words++;
  if (words < MIN_CLAUSE_WORDS) return null;
  return trimSpan(text, base + first.start, base + last.end);
}
