/**
 * Check-worthiness of a quote, in 0..1:
 *
 *     raw    = 0.15                  every quoted statement starts here
 *            + 0.35 × figure         1 with a quantity, 0.5 with only other digits (a year, a date)
 *            + 0.15 × comparison     1 with comparative or absolute wording: "than", "highest",
 *                                    "record", "doubled", "never", "every", ...
 *            + 0.20 × forward        1 for a prediction or a promise
 *            + 0.10 × attributed     1 when the speaker is known
 *     length = min(1, words / 8)     very short quotes ("We are close") carry little to check
 *     damp   = 0.2 for boilerplate (greetings, thanks, procedure, "no comment") of at most
 *              15 words, else 1
 *     score  = raw × length × damp, rounded to 3 decimals
 *
 * Figures weigh most because they can be checked against a source; comparisons and forward-looking
 * statements are what fact-checkers most often follow up. raw is at most 0.95, so no quote is
 * ever certain to matter.
 */

import type { Kind } from "./types";

export interface ScoreInput {
  /** The quote's words, as `words()` in kind.ts gives them. */
  words: readonly string[];
  /** Any digit in the quote, even one that is not a quantity (a year, a date). */
  hasDigit: boolean;
  kind: Kind;
  hasQuantity: boolean;
  attributed: boolean;
}

export const WEIGHTS = { base: 0.15, figure: 0.35, comparison: 0.15, forward: 0.2, attributed: 0.1 } as const;
const FULL_LENGTH = 8;
const BOILERPLATE_DAMP = 0.2;
const BOILERPLATE_MAX_WORDS = 15;
const LONGEST_BOILERPLATE = 4;

const COMPARISON = new Set(
  `than highest lowest higher lower record doubled tripled halved biggest largest smallest fastest
   slowest worst best most least increase increased decrease decreased rose risen fell fallen jumped
   surged plunged soared dropped grew shrank compared never every none unprecedented majority double
   triple greater worse better cheaper faster bigger smaller`.split(/\s+/),
);

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

/** Words that open a boilerplate phrase, so most quotes are ruled out without building phrases. */
const BOILERPLATE_OPENERS = new Set([...BOILERPLATE].map((phrase) => phrase.split(" ")[0]));

export function isBoilerplate(list: readonly string[]): boolean {
  if (list.length > BOILERPLATE_MAX_WORDS) return false;
  for (let i = 0; i < list.length; i++) {
    let phrase = list[i] ?? "";
    if (!BOILERPLATE_OPENERS.has(phrase)) continue;
    for (let n = 1; n <= LONGEST_BOILERPLATE; n++) {
      if (BOILERPLATE.has(phrase)) return true;
      phrase = `${phrase} ${list[i + n] ?? ""}`;
    }
  }
  return false;
}

export function scoreQuote({ words: list, hasDigit, kind, hasQuantity, attributed }: ScoreInput): number {
  const figure = hasQuantity ? 1 : hasDigit ? 0.5 : 0;
  const comparison = list.some((w) => COMPARISON.has(w)) ? 1 : 0;
  const forward = kind === "prediction" || kind === "promise" ? 1 : 0;
  const raw =
    WEIGHTS.base +
    WEIGHTS.figure * figure +
    WEIGHTS.comparison * comparison +
    WEIGHTS.forward * forward +
    WEIGHTS.attributed * (attributed ? 1 : 0);
  const length = Math.min(1, list.length / FULL_LENGTH);
  const damp = isBoilerplate(list) ? BOILERPLATE_DAMP : 1;
  return Math.round(raw * length * damp * 1000) / 1000;
}
