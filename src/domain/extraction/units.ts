import { isLowerAt } from "./chars";
import type { NumToken } from "./numbers";
import { CURRENCY_WORDS, DOLLAR_NATIONS, NOT_UNITS, UNIT_ADJECTIVES } from "./quantity-words";

/** How much a figure says: shares and money beat counted nouns, which beat bare numbers. */
export const BARE = 1;
export const COUNTED = 2;
export const MEASURED = 3;

/** Nouns that end in "s" without being plurals: "2,000 maths teachers" counts teachers. */
const SINGULAR_IN_S = new Set([
  "maths",
  "physics",
  "economics",
  "politics",
  "news",
  "series",
  "species",
  "means",
  "bus",
  "gas",
]);

/** The create-claim API caps units at 32 characters. */
const MAX_UNIT = 32;

export interface Unit {
  unit: string;
  tier: number;
  /** The token after the unit. */
  end: number;
}

/** What the number at the tokens before `j` measures: a share, a currency, a counted noun, or "count". */
export function unitAt(tokens: readonly NumToken[], j: number, num: NumToken, currency?: string): Unit {
  const t = tokens[j];
  const next = tokens[j + 1];
  const lower = t?.lower ?? "";
  if (num.share) return { unit: "percent", tier: MEASURED, end: j };
  if (lower === "%" || lower === "percent" || lower === "pct") return { unit: "percent", tier: MEASURED, end: j + 1 };
  if (lower === "per" && next?.lower === "cent") return { unit: "percent", tier: MEASURED, end: j + 2 };
  if (lower === "percentage" && (next?.lower === "points" || next?.lower === "point")) {
    return { unit: "percentage points", tier: MEASURED, end: j + 2 };
  }
  const nation = DOLLAR_NATIONS.get(lower);
  if (nation && (next?.lower === "dollars" || next?.lower === "dollar")) {
    return { unit: nation, tier: MEASURED, end: j + 2 };
  }
  const named = CURRENCY_WORDS.get(lower) ?? currency;
  if (named) return { unit: named, tier: MEASURED, end: CURRENCY_WORDS.has(lower) ? j + 1 : j };
  const noun = nounAt(tokens, j);
  return noun ? { unit: noun, tier: COUNTED, end: j + 1 } : { unit: "count", tier: BARE, end: j };
}

/**
 * The noun a number counts, if it is plausible: "1,200 jobs", "500 new homes", and for compounds
 * the plural head ("2,000 teaching jobs" counts jobs, "1,200 fewer road deaths" counts deaths).
 */
function nounAt(tokens: readonly NumToken[], j: number): string | undefined {
  const k = UNIT_ADJECTIVES.has(tokens[j]?.lower ?? "") ? j + 1 : j;
  const first = plainWord(tokens[k]);
  const second = plainWord(tokens[k + 1]);
  const singular = first !== undefined && (!first.endsWith("s") || SINGULAR_IN_S.has(first));
  if (first && second && singular && second.endsWith("s") && !second.endsWith("ss")) return second;
  return first;
}

function plainWord(t: NumToken | undefined): string | undefined {
  if (t?.kind !== "word" || !isLowerAt(t.text, 0) || NOT_UNITS.has(t.lower) || t.text.length > MAX_UNIT) {
    return undefined;
  }
  return t.lower;
}
