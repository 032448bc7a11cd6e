import { type NumToken, SCALE_WORDS } from "./numbers";
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  LONGEST_QUALIFIER,
  MONEY_SUFFIXES,
  MONTHS,
  NOT_QUANTITY_SUFFIXES,
  NOT_UNITS,
  QUALIFIER_PHRASES,
  SCALE_SUFFIXES,
} from "./quantity-words";
import type { Qualifier } from "./types";

/** The small readings a quantity is built from: a number with its scale, currency, qualifier and sign. */

export const DASHES = new Set(["-", "\u2013", "\u2014"]);
const MINUS = new Set(["-", "\u2212"]);
/** "10:30", "24/7", "3:1": times and ratios, not quantities. */
const JOINERS = new Set([":", "/"]);

export function notAQuantity(tokens: readonly NumToken[], i: number): boolean {
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
export function currencyBefore(tokens: readonly NumToken[], i: number): { currency?: string; k: number } {
  const num = tokens[i];
  const sym = tokens[i - 1];
  if (num && sym && sym.end === num.start && CURRENCY_SYMBOLS.has(sym.text)) {
    const glued = tokens[i - 2];
    if (sym.text === "$" && glued?.end === sym.start && DOLLAR_PREFIXES.has(glued.lower)) {
      return { currency: DOLLAR_PREFIXES.get(glued.lower), k: i - 3 };
    }
    return { currency: CURRENCY_SYMBOLS.get(sym.text), k: i - 2 };
  }
  if (sym?.kind === "word" && CURRENCY_WORDS.has(sym.lower) && sym.text === sym.text.toUpperCase()) {
    return { currency: CURRENCY_WORDS.get(sym.lower), k: i - 2 };
  }
  return { k: i - 1 };
}

/**
 * A minus sign: "negative 15,000", "minus 3 percent", or "-0.5%" with the sign glued to the
 * number and a space before it (so "10-20" stays a range). `k` is the token before the sign.
 */
export function signBefore(tokens: readonly NumToken[], i: number, k: number): { sign: number; k: number } {
  const t = tokens[k];
  if (t?.lower === "negative" || t?.lower === "minus") return { sign: -1, k: k - 1 };
  const num = tokens[i];
  const before = tokens[k - 1];
  if (k === i - 1 && t && num && MINUS.has(t.text) && t.end === num.start && (!before || before.end < t.start)) {
    return { sign: -1, k: k - 1 };
  }
  return { sign: 1, k };
}

export function isYear(num: NumToken): boolean {
  return num.value >= 1800 && num.value < 2200 && /^\d{4}$/.test(num.text);
}

/** A qualifier phrase can only start and end on these words, so other numbers skip the lookups. */
const QUALIFIER_FIRST_WORDS = new Set([...QUALIFIER_PHRASES.keys()].map((p) => p.split(" ")[0] ?? ""));
const QUALIFIER_LAST_WORDS = new Set([...QUALIFIER_PHRASES.keys()].map((p) => p.split(" ").at(-1) ?? ""));

/** The qualifier phrase ending at `k`, longest first so "no more than" beats "more than". */
export function qualifierBefore(tokens: readonly NumToken[], k: number): { qualifier?: Qualifier; word: string } {
  if (!QUALIFIER_LAST_WORDS.has(tokens[k]?.lower ?? "")) return { word: tokens[k]?.lower ?? "" };
  for (let n = LONGEST_QUALIFIER; n >= 1; n--) {
    if (k - n + 1 < 0) continue;
    const qualifier = QUALIFIER_PHRASES.get(phrase(tokens, k - n + 1, k + 1));
    if (qualifier) return { qualifier, word: phrase(tokens, k - n + 1, k + 1) };
  }
  return { word: tokens[k]?.lower ?? "" };
}

/** The qualifier phrase starting at `m` ("to perhaps four"): its qualifier and the token after it. */
export function qualifierAt(tokens: readonly NumToken[], m: number): { qualifier?: Qualifier; next: number } {
  if (!QUALIFIER_FIRST_WORDS.has(tokens[m]?.lower ?? "")) return { next: m };
  for (let n = LONGEST_QUALIFIER; n >= 1; n--) {
    const qualifier = QUALIFIER_PHRASES.get(phrase(tokens, m, m + n));
    if (qualifier && tokens[m + n]?.kind === "num") return { qualifier, next: m + n };
  }
  return { next: m };
}

function phrase(tokens: readonly NumToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(" ");
}

export interface Scaled {
  value: number;
  exp: number;
  end: number;
  index: number;
}

/**
 * A number with its scale word: "2 billion", "£300m", "1.5bn", and for counted things "8m
 * households" or "50k jobs" ("m" and "k" only before a plural, so a "100m sprint" stays metres).
 */
export function scaled(tokens: readonly NumToken[], i: number, money: boolean): Scaled {
  const num = tokens[i];
  const next = tokens[i + 1];
  let exp = 0;
  if (num && next?.kind === "word" && !num.spelt) {
    const glued = next.start === num.end;
    exp = SCALE_WORDS.get(next.lower) ?? 0;
    if (glued && money) exp ||= MONEY_SUFFIXES.get(next.lower) ?? 0;
    if (glued && !money) exp ||= SCALE_SUFFIXES.get(next.lower) ?? (pluralAfter(tokens, i + 2) ? suffix(next) : 0);
  }
  return { value: withExponent(num, exp), exp, end: exp > 0 ? i + 2 : i + 1, index: i };
}

function suffix(t: NumToken): number {
  return t.lower === "m" ? 6 : t.lower === "k" ? 3 : 0;
}

function pluralAfter(tokens: readonly NumToken[], j: number): boolean {
  const t = tokens[j];
  return t?.kind === "word" && /^\p{Ll}+s$/u.test(t.text) && !t.text.endsWith("ss") && !NOT_UNITS.has(t.lower);
}

export function withExponent(num: NumToken | undefined, exp: number): number {
  if (!num) return Number.NaN;
  if (exp === 0) return num.value;
  return num.decimal === undefined ? num.value * 10 ** exp : Number(`${num.decimal}e${exp}`);
}
