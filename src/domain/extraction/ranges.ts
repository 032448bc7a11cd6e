import type { NumToken } from "./numbers";
import type { Read } from "./quantities";
import { CURRENCY_SYMBOLS } from "./quantity-words";
import { DASHES, isYear, notAQuantity, qualifierAt, type Scaled, scaled, withExponent } from "./readings";
import { BARE, COUNTED, MEASURED, type Unit, unitAt } from "./units";

/** Figures read from two numbers: ranges, changes, ratios and parts of a whole. */

/** "five or six" is a range; "10 or 20" is two figures. */
const MAX_OR_GAP = 0.5;
const MAX_RATIO_BASE = 1000;
const WHOLE_DETERMINERS = new Set(["the", "its", "their", "our", "these", "those", "all"]);

export interface PairContext {
  currency?: string;
  sign: number;
  /** "from" before the first number: a change. */
  from: boolean;
  /** "between" before the first number: "and" joins a range. */
  between: boolean;
}

/**
 * Two numbers joined by "to", a dash, "and" (after "between") or "or", the unit after either or
 * both: a change ("from 10 to 20 percent", "five pct to perhaps three pct": the end point, with the
 * qualifier before it) or a range ("between 10 and 20 percent", "10-20%", "$2-3 billion" (the scale
 * of the second end applies to both), "five or six": `between`, its midpoint as the value). Spans of
 * years are not quantities.
 */
export function readPair(tokens: readonly NumToken[], first: Scaled, u1: Unit, ctx: PairContext): Read | null {
  const num = tokens[first.index];
  if (!num) return null;
  const money = ctx.currency !== undefined;
  const unitFirst = u1.tier !== BARE && u1.end > first.end;
  const s = unitFirst ? u1.end : first.end;
  const sep = tokens[s];
  const joint = !sep
    ? null
    : DASHES.has(sep.text)
      ? "dash"
      : sep.lower === "to"
        ? "to"
        : sep.lower === "or"
          ? "or"
          : sep.lower === "and" && ctx.between
            ? "and"
            : null;
  if (!joint) return null;
  const q2 = qualifierAt(tokens, s + 1);
  let m = q2.next;
  if (CURRENCY_SYMBOLS.has(tokens[m]?.text ?? "") && tokens[m]?.end === tokens[m + 1]?.start) m++;
  const secondNum = tokens[m];
  if (secondNum?.kind !== "num" || notAQuantity(tokens, m)) return null;
  const second = scaled(tokens, m, money);
  const u2 = unitAt(tokens, second.end, secondNum, ctx.currency);
  if (unitFirst && u2.unit !== u1.unit) return null;
  const unit = unitFirst ? u1 : u2;
  if (unit.tier !== MEASURED && isYear(num) && isYear(secondNum)) return null;
  const low = ctx.sign * (first.exp === 0 && second.exp > 0 ? withExponent(num, second.exp) : first.value);
  const high = second.value;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  const tier = unit.tier === BARE && Math.max(first.exp, second.exp) >= 3 ? COUNTED : unit.tier;
  const end = Math.max(u2.end, second.end);
  if (ctx.from || (joint === "to" && (unitFirst || high <= low))) {
    return { quantity: { value: high, unit: unit.unit, qualifier: q2.qualifier ?? "exactly" }, tier, end };
  }
  if (high <= low || (joint === "or" && high - low > Math.max(1, MAX_OR_GAP * Math.abs(low)))) return null;
  return { quantity: { value: (low + high) / 2, unit: unit.unit, qualifier: "between", low, high }, tier, end };
}

/** "one in four voters", "1 out of 10": a share, in percent. */
export function readRatio(tokens: readonly NumToken[], first: Scaled): { value: number; end: number } | null {
  let m = first.end;
  if (tokens[m]?.lower === "in") m++;
  else if (tokens[m]?.lower === "out" && tokens[m + 1]?.lower === "of") m += 2;
  else return null;
  const base = tokens[m];
  if (base?.kind !== "num" || isYear(base) || notAQuantity(tokens, m) || first.exp > 0) return null;
  if (first.value <= 0 || base.value <= first.value || base.value > MAX_RATIO_BASE) return null;
  return { value: Math.round((first.value / base.value) * 10000) / 100, end: m + 1 };
}

/** "12 of the 13 states": twelve states. */
export function readPartOf(tokens: readonly NumToken[], first: Scaled): { unit: string; end: number } | null {
  if (tokens[first.end]?.lower !== "of") return null;
  let j = first.end + 1;
  if (WHOLE_DETERMINERS.has(tokens[j]?.lower ?? "")) j++;
  const whole = tokens[j];
  const part = tokens[first.index];
  if (whole?.kind !== "num" || whole.value < first.value || (part?.spelt && part.value === 1)) return null;
  const unit = unitAt(tokens, j + 1, whole);
  const plural = unit.unit.endsWith("s") && !unit.unit.endsWith("ss");
  return unit.tier === COUNTED && plural ? { unit: unit.unit, end: unit.end } : null;
}
