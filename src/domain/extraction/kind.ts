import { codePointSize, isLetterAt, isLetterOrNumberAt } from "./chars";
import { PREDICTION_VERBS, PROMISE_VERBS } from "./lexicon";
import type { Kind } from "./types";

/** Each has an apostrophe, so only a word read with one is looked up. */
const CONTRACTIONS = new Map([
  ["won't", ["will", "not"]],
  ["shan't", ["shall", "not"]],
  ["i'll", ["i", "will"]],
  ["we'll", ["we", "will"]],
  ["i'm", ["i", "am"]],
  ["we're", ["we", "are"]],
  ["it'll", ["it", "will"]],
  ["they'll", ["they", "will"]],
  ["you'll", ["you", "will"]],
  ["he'll", ["he", "will"]],
  ["she'll", ["she", "will"]],
  ["that'll", ["that", "will"]],
]);

const FIRST_PERSON = new Set(["i", "we"]);
/** "our government will", "my administration will": a first-person commitment by an institution. */
const FIRST_PERSON_OWNERS = new Set(["our", "my"]);
const FUTURE = new Set(["will", "shall"]);
const COMMITMENTS = new Set(["promise", "pledge", "vow", "commit", "guarantee", "swear"]);
/** Words that may sit between the subject and "will": "we will also", "I will never". */
const FILLERS = new Set([
  "also",
  "never",
  "not",
  "definitely",
  "certainly",
  "absolutely",
  "still",
  "now",
  "all",
  "both",
]);
const NOUN_BEFORE_WILL = new Set(["the", "a", "his", "her", "their", "political", "free", "good", "ill", "popular"]);
const FORECASTS = new Set(["predict", "predicts", "forecast", "forecasts", "expect", "expects", "expected"]);
/**
 * Verbs that make "I will …" rhetoric rather than a commitment: "I'll show you Georgia", "we will
 * see", "I will tell you".
 */
const RHETORIC_VERBS = new Set([
  "show",
  "tell",
  "see",
  "say",
  "talk",
  "hear",
  "know",
  "remember",
  "wait",
  "look",
  "watch",
  "let",
  "bet",
]);
const EXPECTATION_SPAN = 6;
const BE = new Set(["is", "are", "am", "was", "were", "'s", "'re"]);
/** Every word `guessKind` reacts to; the others are passed over with one lookup. */
const CUES = new Set([
  ...FIRST_PERSON,
  ...FIRST_PERSON_OWNERS,
  ...FUTURE,
  ...FORECASTS,
  "going",
  "likely",
  "set",
  "projected",
  "poised",
  "would",
]);

/**
 * Lowercase words with contractions expanded ("we'll" → "we will"), curly apostrophes folded: the
 * matches of `/[\p{L}\p{N}]+(?:'\p{L}+)?/gu` in the lowercased text, read by a scan.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase().replaceAll("\u2019", "'");
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrNumberAt(lower, i)) {
      i += codePointSize(lower, i);
      continue;
    }
    const start = i;
    while (isLetterOrNumberAt(lower, i)) i += codePointSize(lower, i);
    const contracted = lower.charCodeAt(i) === 39 && isLetterAt(lower, i + 1);
    if (contracted) {
      i++;
      while (isLetterAt(lower, i)) i += codePointSize(lower, i);
    }
    const w = lower.slice(start, i);
    const expanded = contracted ? CONTRACTIONS.get(w) : undefined;
    if (expanded) out.push(...expanded);
    else out.push(w);
  }
  return out;
}

export interface KindHints {
  /** The quote states a quantity. */
  figure: boolean;
  /** The quote ends with a question mark. */
  question: boolean;
  /** The attribution verb, lowercased ("said", "promised"). */
  verb?: string;
  /** Reported speech: "would" is the future told in the past ("said the plant would close"). */
  reported?: boolean;
}

/**
 * Promise: a first-person commitment ("we will", "I promise", "we are committed to"), not rhetoric
 * ("I'll show you"), or anything under a "promised/pledged/vowed" attribution. Prediction: other
 * future tense ("will", "is going to", "expects ... to", "likely to", "predicted", and "would" in
 * reported speech). Statistic: a figure. Statement: the rest. A
 * promise beats a prediction, and both beat a statistic, since a figure about the future cannot
 * be checked yet. A question asserts nothing about the future ("Who will pay?"), so it is only
 * ever a statistic or a statement.
 */
export function guessKind(w: readonly string[], { figure, question, verb, reported }: KindHints): Kind {
  if (question) return figure ? "statistic" : "statement";
  let future = false;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? "";
    if (!CUES.has(word)) continue;
    if (FIRST_PERSON.has(word) && commits(w, i + 1)) return "promise";
    if (FIRST_PERSON_OWNERS.has(word) && (FUTURE.has(w[i + 2] ?? "") || FUTURE.has(w[i + 3] ?? ""))) return "promise";
    future ||= isFuture(w, i) || (reported === true && w[i] === "would" && !rhetoric(w, i + 1));
  }
  if (verb && PROMISE_VERBS.has(verb)) return "promise";
  if (future || (verb && PREDICTION_VERBS.has(verb))) return "prediction";
  return figure ? "statistic" : "statement";
}

/** After "I"/"we": "will", "shall", "am/are going to", "promise", "are committed to". */
function commits(w: readonly string[], k: number): boolean {
  let i = k;
  while (FILLERS.has(w[i] ?? "")) i++;
  const a = w[i] ?? "";
  const b = w[i + 1] ?? "";
  if (FUTURE.has(a)) return !rhetoric(w, i + 1);
  if (COMMITMENTS.has(a)) return true;
  if (a === "are" || a === "am") {
    if (b === "committed" && w[i + 2] === "to") return true;
    if (b === "going" && w[i + 2] === "to") return true;
  }
  return false;
}

/** The verb after "will" (past "not", "never", …) is one of rhetoric: "I'll show you". */
function rhetoric(w: readonly string[], k: number): boolean {
  let i = k;
  while (FILLERS.has(w[i] ?? "")) i++;
  return RHETORIC_VERBS.has(w[i] ?? "");
}

function isFuture(w: readonly string[], i: number): boolean {
  const word = w[i] ?? "";
  if (FUTURE.has(word)) return !NOUN_BEFORE_WILL.has(w[i - 1] ?? "") && !rhetoric(w, i + 1);
  if (word === "going") return w[i + 1] === "to" && BE.has((w[i - 1] ?? "").replace(/^.*'/, "'"));
  if (word === "likely" || word === "set" || word === "projected" || word === "poised") return w[i + 1] === "to";
  if (FORECASTS.has(word)) {
    if (word.startsWith("predict") || word.startsWith("forecast")) return true;
    return w.slice(i + 1, i + 1 + EXPECTATION_SPAN).includes("to");
  }
  return false;
}
