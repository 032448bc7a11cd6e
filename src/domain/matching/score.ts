import type { Quantity } from "../../schemas/claims";
import { comparisonKey } from "../text";
import { contentTerms } from "./languages";

/** A claim, or a text being checked against claims, as far as matching is concerned. */
export interface MatchSubject {
  text: string;
  language: string;
  speakerId?: string | null;
  speakerName?: string | null;
  quantity?: Quantity | null;
}

/** A subject with its content stems worked out once, however many others it is compared with. */
export interface Prepared extends MatchSubject {
  terms: ReadonlySet<string>;
}

export function prepare(subject: MatchSubject): Prepared {
  return { ...subject, terms: new Set(contentTerms(subject.text, subject.language)) };
}

export interface MatchReasons {
  /** Stems both texts share, e.g. ["agre", "issu"]. */
  shared_terms: string[];
  /** Whether the speakers agree; null when the query names no speaker. */
  speaker: "same" | "different" | null;
  /** Whether the figures agree on the same unit; null when either text has none (or units differ). */
  quantity: "same" | "conflicting" | null;
}

/** Two figures of the same measure agree when within 2 % of each other (rounding, "about"). */
function sameFigure(a: Quantity, b: Quantity): boolean {
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  return Math.abs(a.value - b.value) <= 0.02 * scale;
}

/** The ends of a figure: a range (`between`) spans low..high, any other figure is a point. */
function span(q: Quantity): [number, number] {
  return q.qualifier === "between" && q.low !== undefined && q.high !== undefined
    ? [q.low, q.high]
    : [q.value, q.value];
}

/** A range agrees with any figure inside it (2 % slack at its ends), and with a range it overlaps. */
function overlaps(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = span(a);
  const [bLow, bHigh] = span(b);
  const slack = 0.02 * Math.max(Math.abs(aLow), Math.abs(aHigh), Math.abs(bLow), Math.abs(bHigh), 1);
  return aLow <= bHigh + slack && bLow <= aHigh + slack;
}

export function quantityAgreement(
  a: Quantity | null | undefined,
  b: Quantity | null | undefined,
): MatchReasons["quantity"] {
  if (!a || !b || a.unit.toLowerCase() !== b.unit.toLowerCase()) return null;
  if (a.qualifier === "between" || b.qualifier === "between") return overlaps(a, b) ? "same" : "conflicting";
  return sameFigure(a, b) ? "same" : "conflicting";
}

function speakerAgreement(query: MatchSubject, claim: MatchSubject): MatchReasons["speaker"] {
  if (query.speakerId) return query.speakerId === claim.speakerId ? "same" : "different";
  if (query.speakerName && claim.speakerName) {
    return comparisonKey(query.speakerName) === comparisonKey(claim.speakerName) ? "same" : "different";
  }
  return null;
}

/**
 * How likely `claim` says what `query` says, in 0–1 (README: "Matching claims"):
 *
 *   terms = Dice coefficient of the two texts' content stems (stop words and numbers left out)
 *   evidence = min(1, 2.5 × terms)     — agreement elsewhere counts only as far as the words do
 *   same figure:        s = terms + 0.5 × (1 − terms) × evidence
 *   conflicting figure: s = terms × 0.4
 *   same speaker:       s = s + 0.2 × (1 − s) × evidence
 *   different speaker:  s = s × 0.8
 *
 * The same words score 1; a paraphrase that keeps the figure usually 0.7–1 (about 0.6 when only a
 * third of the stems are shared); the same words with another figure 0.4 of what they would, so even
 * from the same speaker (at most 0.52) they stay below the 0.6 of a possible duplicate; text that
 * shares no stem scores 0, whatever its figure or speaker.
 */
export function matchScore(query: Prepared, claim: Prepared): { score: number; reasons: MatchReasons } {
  const a = query.terms;
  const b = claim.terms;
  const shared = [...a].filter((term) => b.has(term));
  const terms = a.size + b.size === 0 ? 0 : (2 * shared.length) / (a.size + b.size);
  const evidence = Math.min(1, 2.5 * terms);
  const quantity = quantityAgreement(query.quantity, claim.quantity);
  const speaker = speakerAgreement(query, claim);
  let score = terms;
  if (quantity === "same") score += 0.5 * (1 - score) * evidence;
  if (quantity === "conflicting") score *= 0.4;
  if (speaker === "same") score += 0.2 * (1 - score) * evidence;
  if (speaker === "different") score *= 0.8;
  return {
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    reasons: { shared_terms: shared, speaker, quantity },
  };
}
