/**
 * Check-worthiness of a candidate, in 0..1:
 *
 *     raw    = 0.15                  every candidate starts here
 *            + 0.35 × figure         1 with a quantity, 0.5 with only other digits (a year, a date)
 *            + 0.15 × comparison     comparative, absolute or trend wording ("than", "highest",
 *                                    "record", "doubled", "never", "fell", ...): 1 with a figure or
 *                                    "than" to anchor it, else 0.5 ("it can't get any worse")
 *            + 0.20 × forward        a prediction or a promise: 1 with a figure or a time ("by 2027",
 *                                    "next year"), else 0.5 ("sooner or later it will turn around")
 *            + 0.10 × attributed     1 when the speaker is known
 *     length = min(1, words / 8)     very short quotes ("We are close") carry little to check
 *     damp   = 0.2 for boilerplate (greetings, thanks, procedure, "no comment") of at most 15 words
 *            × 0.6 for opinion without a figure ("I think", "in my view", "sooner or later", "very",
 *              "tremendous" and other evaluative words), × 0.9 for a figure given as opinion
 *            × 0.5 for rhetoric without a figure (a question, an exclamation, "let's", "I'll show
 *              you", "you" twice, the same three words said twice)
 *            × 0.75 for reported speech without quote marks
 *     score  = raw × length × damp, rounded to 3 decimals
 *
 * Figures weigh most because they can be checked against a source; comparisons and forward-looking
 * statements are what fact-checkers most often follow up, when something pins them down. raw is at
 * most 0.95, so no quote is ever certain to matter.
 */

import type { Kind } from "./types";

export interface ScoreInput {
  /** The candidate's words, as `words()` in kind.ts gives them. */
  words: readonly string[];
  /** Any digit in the candidate, even one that is not a quantity (a year, a date). */
  hasDigit: boolean;
  kind: Kind;
  hasQuantity: boolean;
  attributed: boolean;
  /** False for reported speech without quote marks; true when absent. */
  quoted?: boolean;
  /** The candidate ends with a question or exclamation mark. */
  ending?: "?" | "!" | "";
}

export const WEIGHTS = { base: 0.15, figure: 0.35, comparison: 0.15, forward: 0.2, attributed: 0.1 } as const;
export const DAMPING = { boilerplate: 0.2, opinion: 0.6, hedgedFigure: 0.9, rhetoric: 0.5, reported: 0.75 } as const;
const FULL_LENGTH = 8;
const BOILERPLATE_MAX_WORDS = 15;
const LONGEST_PHRASE = 4;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

const COMPARISON = set(`
  than highest lowest higher lower record doubled tripled halved biggest largest smallest fastest slowest
  worst best most least increase increased decrease decreased rose risen fell fallen jumped surged plunged
  soared dropped grew shrank compared never every none unprecedented majority double triple greater worse
  better cheaper faster bigger smaller declined declining rising falling growing shrinking increasing
  decreasing dropping lost gained created cut cuts
`);

/** "other than", "rather than" compare nothing. */
const NOT_COMPARING = new Set(["other", "rather"]);
/** Addressing the audience twice ("if you don't …, you're not …") is rhetoric. */
const SECOND_PERSON = new Set(["you", "you're", "your", "you've", "you'd", "you'll"]);

/** The same three words said twice need at least six words. */
const REPEAT_MIN_WORDS = 6;

/** Words that pin a forecast or a promise to a time. */
const TIME_WORDS = set(`
  year years month months week weeks day days decade tomorrow tonight today next within until christmas
  summer winter spring autumn january february march april may june july august september october
  november december monday tuesday wednesday thursday friday saturday sunday quarter deadline
`);

const BOILERPLATE = new Set([
  "thank you",
  "thanks",
  "thank everyone",
  "like to thank",
  "want to thank",
  "good morning",
  "good afternoon",
  "good evening",
  "good night",
  "hello",
  "welcome",
  "no comment",
  "take questions",
  "any questions",
  "next question",
  "ladies and gentlemen",
  "congratulations",
  "nice to meet",
  "pleasure to be",
  "pleased to be here",
  "happy to be here",
  "glad to be here",
  "see you",
  "goodbye",
  "nothing to add",
  "decline to comment",
  "cannot comment",
  "can't comment",
]);

/** Phrases of opinion: the speaker's view, not something a source can confirm. */
const OPINION = new Set([
  "i think",
  "i believe",
  "i feel",
  "i hope",
  "i guess",
  "i suppose",
  "i am sure",
  "i never see",
  "i do not see",
  "i don't see",
  "i don't think",
  "i do not think",
  "in my view",
  "in my opinion",
  "we believe",
  "we think",
  "we feel",
  "we hope",
  "it seems",
  "sooner or later",
  "has to get",
  "has to turn",
  "can't get any",
  "can not get any",
  "hard to imagine",
  "very",
  "tremendous",
  "terrible",
  "disaster",
  "disgrace",
  "shameful",
  "wonderful",
  "fantastic",
  "lousy",
  "tough",
  "ridiculous",
  "outrageous",
  "unacceptable",
  "incredible",
  "amazing",
  "horrible",
  "awful",
  "remarkable",
  "impressive",
  "unambitious",
  "reckless",
  "irresponsible",
  "absurd",
  "nonsense",
  "fantasy",
  "pathetic",
  "obviously",
  "so many",
  "so much",
  "hopefully",
  "frankly",
  "honestly",
]);

/** Phrases of rhetoric: addressing the audience rather than stating a fact. */
const RHETORIC = new Set(["let's", "let us", "show you", "tell you", "believe me", "mark my words", "make no mistake"]);

const phrasesFrom = (...sets: ReadonlySet<string>[]): ReadonlySet<string> =>
  new Set(sets.flatMap((s) => [...s].map((phrase) => phrase.split(" ")[0] ?? "")));
/** Words that open a phrase above, so most candidates are ruled out without building phrases. */
const OPENERS = phrasesFrom(BOILERPLATE, OPINION, RHETORIC);

function hasPhrase(list: readonly string[], phrases: ReadonlySet<string>): boolean {
  for (let i = 0; i < list.length; i++) {
    let phrase = list[i] ?? "";
    if (!OPENERS.has(phrase)) continue;
    for (let n = 1; n <= LONGEST_PHRASE; n++) {
      if (phrases.has(phrase)) return true;
      phrase = `${phrase} ${list[i + n] ?? ""}`;
    }
  }
  return false;
}

export function isBoilerplate(list: readonly string[]): boolean {
  return list.length <= BOILERPLATE_MAX_WORDS && hasPhrase(list, BOILERPLATE);
}

export function isOpinion(list: readonly string[]): boolean {
  return hasPhrase(list, OPINION);
}

/** A question, an exclamation, an appeal to the audience, or the same three words said twice. */
export function isRhetoric(list: readonly string[], ending: ScoreInput["ending"] = ""): boolean {
  if (ending === "?" || ending === "!" || hasPhrase(list, RHETORIC)) return true;
  if (list.filter((w) => SECOND_PERSON.has(w)).length >= 2) return true;
  if (list.length < REPEAT_MIN_WORDS) return false;
  const seen = new Set<string>();
  for (let i = 0; i + 2 < list.length; i++) {
    const trigram = `${list[i]} ${list[i + 1]} ${list[i + 2]}`;
    if (seen.has(trigram)) return true;
    seen.add(trigram);
  }
  return false;
}

export function scoreQuote(input: ScoreInput): number {
  const { words: list, hasDigit, kind, hasQuantity, attributed } = input;
  const figure = hasQuantity ? 1 : hasDigit ? 0.5 : 0;
  const compares = list.some((w, i) => COMPARISON.has(w) && !(w === "than" && NOT_COMPARING.has(list[i - 1] ?? "")));
  const comparison = !compares ? 0 : figure > 0 || list.includes("than") ? 1 : 0.5;
  const looksAhead = kind === "prediction" || kind === "promise";
  const forward = !looksAhead ? 0 : figure > 0 || list.some((w) => TIME_WORDS.has(w)) ? 1 : 0.5;
  const raw =
    WEIGHTS.base +
    WEIGHTS.figure * figure +
    WEIGHTS.comparison * comparison +
    WEIGHTS.forward * forward +
    WEIGHTS.attributed * (attributed ? 1 : 0);
  const length = Math.min(1, list.length / FULL_LENGTH);
  let damp = isBoilerplate(list) ? DAMPING.boilerplate : 1;
  if (isOpinion(list)) damp *= hasQuantity ? DAMPING.hedgedFigure : DAMPING.opinion;
  if (!hasQuantity && isRhetoric(list, input.ending)) damp *= DAMPING.rhetoric;
  if (input.quoted === false) damp *= DAMPING.reported;
  return Math.round(raw * length * damp * 1000) / 1000;
}
