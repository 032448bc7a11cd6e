import { lexNumbers, type NumToken, SCALE_WORDS } from "./numbers";
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  LONGEST_QUALIFIER,
  MONEY_SUFFIXES,
  MONTHS,
  NOT_QUANTITY_SUFFIXES,
  QUALIFIER_PHRASES,
  YEAR_PREPOSITIONS,
} from "./quantity-words";
import type { Qualifier, Quantity } from "./types";
import { BARE, COUNTED, MEASURED, unitAt } from "./units";

const DASHES = new Set(["-", "\u2013", "\u2014"]);
/** "10:30", "24/7", "3:1": times and ratios, not quantities. */
const JOINERS = new Set([":", "/"]);

/**
 * The most telling quantity in a quote: the first percentage or amount of money, else the first
 * counted figure ("1,200 jobs", "two million people"), else the first bare number. Years, dates,
 * times, ranks and decades ("in 2024", "March 3", "10:30", "3rd", "1990s") are not quantities.
 *
 * Units: "percent" (90%, 90 per cent, "half of" = 50), "percentage points", ISO currency codes for
 * money (USD, GBP, EUR, ...) with the value scaled ("£300m" → 300000000 GBP), otherwise the counted
 * noun ("jobs") or "count". Qualifiers: see QUALIFIER_PHRASES. Ranges ("between 10 and 20
 * percent", "10-20%", "10 to 20 percent") become their midpoint with qualifier "about"; a change
 * ("from 10 to 20 percent") becomes its end point, exactly.
 */
export function findQuantity(quote: string): Quantity | undefined {
  return rankedQuantity(quote)?.quantity;
}

/** The quantity with its tier (higher says more), to choose between the halves of an interrupted quote. */
export function rankedQuantity(quote: string): { quantity: Quantity; tier: number } | undefined {
  const tokens = lexNumbers(quote);
  let best: { quantity: Quantity; tier: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== "num") continue;
    const read = readQuantity(tokens, i);
    if (!read) continue;
    if (!best || read.tier > best.tier) best = read;
    i = read.end - 1;
  }
  return best && { quantity: best.quantity, tier: best.tier };
}

interface Read {
  quantity: Quantity;
  tier: number;
  end: number;
}

function readQuantity(tokens: readonly NumToken[], i: number): Read | null {
  const num = tokens[i];
  if (!num || notAQuantity(tokens, i)) return null;
  const { currency, k } = currencyBefore(tokens, i);
  const before = qualifierBefore(tokens, k);
  const first = scaled(tokens, i, currency !== undefined);
  let value = first.value;
  let qualifier: Qualifier = before.qualifier ?? "exactly";
  let j = first.end;
  const range = readRange(tokens, first, before.word === "between", currency !== undefined);
  if (range) {
    const change = before.qualifier === undefined && before.word === "from";
    value = change ? range.high : (range.low + range.high) / 2;
    qualifier = change ? "exactly" : "about";
    j = range.end;
  }
  const unit = unitAt(tokens, j, num, currency);
  if (!range && unit.tier !== MEASURED && isYear(num) && (YEAR_PREPOSITIONS.has(before.word) || unit.tier === BARE)) {
    return null;
  }
  if (!Number.isFinite(value) || (num.spelt && num.value === 1 && unit.tier !== MEASURED)) return null;
  const tier = unit.tier === BARE && first.exp >= 3 ? COUNTED : unit.tier;
  return { quantity: { value, unit: unit.unit, qualifier }, tier, end: Math.max(unit.end, j) };
}

function notAQuantity(tokens: readonly NumToken[], i: number): boolean {
  const num = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!num) return true;
  if (prev && prev.end === num.start && (prev.kind === "word" || prev.kind === "num")) return true;
  const before = tokens[i - 2];
  if (prev && prev.end === num.start && before?.end === prev.start) {
    if (DASHES.has(prev.text) && before.kind === "word") return true;
    if (JOINERS.has(prev.text) && before.kind === "num") return true;
  }
  if (MONTHS.has(prev?.lower ?? "") || MONTHS.has(next?.lower ?? "")) return true;
  if (!next || num.spelt) return false;
  if (next.kind === "word" && next.start === num.end && NOT_QUANTITY_SUFFIXES.has(next.lower)) return true;
  if (
    DASHES.has(next.text) &&
    next.start === num.end &&
    tokens[i + 2]?.kind === "word" &&
    tokens[i + 2]?.start === next.end
  ) {
    return true;
  }
  if (JOINERS.has(next.text) && next.start === num.end && tokens[i + 2]?.kind === "num") return true;
  if (next.lower === "am" || next.lower === "pm") return true;
  return (next.lower === "a" || next.lower === "p") && tokens[i + 2]?.text === "." && tokens[i + 3]?.lower === "m";
}

/** "$", "£", "US$" glued to the number, or a code before it ("USD 5 million"); `k` is the token before them. */
function currencyBefore(tokens: readonly NumToken[], i: number): { currency?: string; k: number } {
  const num = tokens[i];
  const sym = tokens[i - 1];
  if (num && sym && sym.end === num.start && CURRENCY_SYMBOLS.has(sym.text)) {
    const glued = tokens[i - 2];
    if (sym.text === "$" && glued?.end === sym.start && DOLLAR_PREFIXES.has(glued.lower)) {
      return { currency: DOLLAR_PREFIXES.get(glued.lower), k: i - 3 };
    }
    return { currency: CURRENCY_SYMBOLS.get(sym.text), k: i - 2 };
  }
  if (sym?.kind === "word" && sym.text === sym.text.toUpperCase() && CURRENCY_WORDS.has(sym.lower)) {
    return { currency: CURRENCY_WORDS.get(sym.lower), k: i - 2 };
  }
  return { k: i - 1 };
}

function isYear(num: NumToken): boolean {
  return /^\d{4}$/.test(num.text) && num.value >= 1800 && num.value < 2200;
}

/** The qualifier phrase ending at `k`, longest first so "no more than" beats "more than". */
function qualifierBefore(tokens: readonly NumToken[], k: number): { qualifier?: Qualifier; word: string } {
  for (let n = LONGEST_QUALIFIER; n >= 1; n--) {
    if (k - n + 1 < 0) continue;
    const phrase = tokens
      .slice(k - n + 1, k + 1)
      .map((t) => t.lower)
      .join(" ");
    const qualifier = QUALIFIER_PHRASES.get(phrase);
    if (qualifier) return { qualifier, word: phrase };
  }
  return { word: tokens[k]?.lower ?? "" };
}

interface Scaled {
  value: number;
  exp: number;
  end: number;
  index: number;
}

/** A number with its scale word: "2 billion", "£300m", "1.5bn". */
function scaled(tokens: readonly NumToken[], i: number, money: boolean): Scaled {
  const num = tokens[i];
  const next = tokens[i + 1];
  let exp = 0;
  if (num && next?.kind === "word" && !num.spelt) {
    const glued = next.start === num.end;
    exp = SCALE_WORDS.get(next.lower) ?? (glued && money ? (MONEY_SUFFIXES.get(next.lower) ?? 0) : 0);
  }
  return { value: withExponent(num, exp), exp, end: exp > 0 ? i + 2 : i + 1, index: i };
}

function withExponent(num: NumToken | undefined, exp: number): number {
  if (!num) return Number.NaN;
  return num.decimal === undefined ? num.value * 10 ** exp : Number(`${num.decimal}e${exp}`);
}

/** "10-20%", "10 to 20 percent", "between 10 and 20", "$2-3 billion" (the scale of the second end applies to both). */
function readRange(
  tokens: readonly NumToken[],
  first: Scaled,
  between: boolean,
  money: boolean,
): { low: number; high: number; end: number } | null {
  const sep = tokens[first.end];
  if (!sep || !(DASHES.has(sep.text) || sep.lower === "to" || (between && sep.lower === "and"))) return null;
  let m = first.end + 1;
  if (CURRENCY_SYMBOLS.has(tokens[m]?.text ?? "")) m++;
  if (tokens[m]?.kind !== "num" || notAQuantity(tokens, m)) return null;
  const second = scaled(tokens, m, money);
  const low = first.exp === 0 && second.exp > 0 ? withExponent(tokens[first.index], second.exp) : first.value;
  return second.value > low ? { low, high: second.value, end: second.end } : null;
}
