import { lexNumbers, type NumToken } from "./numbers";
import { YEAR_PREPOSITIONS } from "./quantity-words";
import { readPair, readPartOf, readRatio } from "./ranges";
import { currencyBefore, isYear, notAQuantity, qualifierBefore, scaled, signBefore } from "./readings";
import type { Qualifier, Quantity } from "./types";
import { BARE, COUNTED, MEASURED, unitAt } from "./units";

/** Words before a four-digit number that make it a year even before a noun: "the 2020 protests". */
const YEAR_DETERMINERS = new Set(["the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"]);
const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "police", "staff", "cattle", "sheep"]);
/** Two figures of one unit this close are one figure said twice ("12.4 billion … around 12 billion"). */
const RESTATEMENT = 1.25;

/**
 * The figure a quote asserts: a percentage or an amount of money before a counted figure ("1,200
 * jobs", "two million people"), before a bare number; among figures of one kind, the first, except
 * that an approximate restatement of it wins ("12.4 billion … around 12 billion"). A change ("from
 * six pct to perhaps four pct", "five pct to three pct") is its end point; a range ("between two
 * and three per cent", "10-20%", "five or six") is `between` with its ends. Years, dates, times,
 * ranks and decades ("in 2024", "March 3", "10:30", "3rd", "1990s") are not quantities.
 *
 * Units: "percent" (90%, 90 per cent, "half of" = 50, "one in four" = 25), "percentage points",
 * ISO currency codes for money (USD, GBP, EUR, ...) with the value scaled ("£300m" → 300000000
 * GBP), otherwise the counted noun ("jobs", "8m households" → 8000000 households) or "count".
 * Qualifiers: see QUALIFIER_PHRASES; a sign is read ("negative 15,000", "-0.5%").
 */
export function findQuantity(quote: string): Quantity | undefined {
  return rankedQuantity(quote)?.quantity;
}

/** The quantity with its tier (higher says more), to choose between the halves of an interrupted quote. */
export function rankedQuantity(quote: string): { quantity: Quantity; tier: number } | undefined {
  const tokens = lexNumbers(quote);
  let best: Read | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== "num") continue;
    const read = readQuantity(tokens, i);
    if (!read) continue;
    if (!best || read.tier > best.tier || (read.tier === best.tier && restates(best.quantity, read.quantity))) {
      best = read;
    }
    i = read.end - 1;
  }
  return best && { quantity: best.quantity, tier: best.tier };
}

export interface Read {
  quantity: Quantity;
  tier: number;
  end: number;
}

/** `later` says `earlier` again, approximately: "12.4 billion … around 12 billion". */
function restates(earlier: Quantity, later: Quantity): boolean {
  if (earlier.unit !== later.unit || earlier.qualifier !== "exactly" || later.qualifier === "exactly") return false;
  if (later.qualifier === "between" || earlier.value === 0 || later.value === 0) return false;
  const ratio = Math.abs(earlier.value / later.value);
  return ratio <= RESTATEMENT && ratio >= 1 / RESTATEMENT;
}

function readQuantity(tokens: readonly NumToken[], i: number): Read | null {
  const num = tokens[i];
  if (!num || notAQuantity(tokens, i)) return null;
  const { currency, k } = currencyBefore(tokens, i);
  const { sign, k: q } = signBefore(tokens, i, k);
  const before = qualifierBefore(tokens, q);
  const qualifier: Qualifier = before.qualifier ?? "exactly";
  const first = scaled(tokens, i, currency !== undefined);
  const ratio = readRatio(tokens, first);
  if (ratio)
    return { quantity: { value: sign * ratio.value, unit: "percent", qualifier }, tier: MEASURED, end: ratio.end };
  const unit = unitAt(tokens, first.end, num, currency);
  const context = { currency, sign, from: before.word === "from", between: before.word === "between" };
  const pair = readPair(tokens, first, unit, context);
  if (pair) return pair;
  if (unit.tier === BARE) {
    const part = readPartOf(tokens, first);
    if (part)
      return { quantity: { value: sign * first.value, unit: part.unit, qualifier }, tier: COUNTED, end: part.end };
  }
  if (unit.tier !== MEASURED && isYear(num) && before.qualifier === undefined && yearLike(before.word, unit))
    return null;
  const value = sign * first.value;
  if (!Number.isFinite(value) || (num.spelt && num.value === 1 && unit.tier !== MEASURED)) return null;
  const tier = unit.tier === BARE && first.exp >= 3 ? COUNTED : unit.tier;
  return { quantity: { value, unit: unit.unit, qualifier }, tier, end: Math.max(unit.end, first.end) };
}

/** A four-digit number reads as a year unless it plainly counts something: "2000 people", not "the 2020 protests". */
function yearLike(word: string, unit: { unit: string; tier: number }): boolean {
  if (unit.tier === BARE || YEAR_PREPOSITIONS.has(word) || YEAR_DETERMINERS.has(word)) return true;
  return !(unit.unit.endsWith("s") || IRREGULAR_PLURALS.has(unit.unit));
}
