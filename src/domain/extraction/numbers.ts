/** Numbers as quotes write them: digits with thousands separators, words, and simple fractions. */

import { codePointSize, isDigitAt, isLetterAt, isLetterOrMarkAt, isSpaceAt } from "./chars";

export interface NumToken {
  kind: "num" | "word" | "sym";
  text: string;
  lower: string;
  start: number;
  end: number;
  /** For numbers: the value before any scale word. */
  value: number;
  /** For digit numbers: the decimal string, so scaling stays exact ("1.1" × million = 1100000). */
  decimal?: string;
  /** Spelt out in words. */
  spelt?: boolean;
  /** "half of", "two-thirds of": a share, expressed in percent. */
  share?: boolean;
}

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety";

/** Number words below a hundred that stand alone: "seven", "nineteen", "ninety". */
const SMALL = new Map<string, number>([
  ...ONES.split(" ").map((w, i) => [w, i] as const),
  ...TENS.split(" ").map((w, i) => [w, 20 + 10 * i] as const),
]);

/** Powers of ten named by scale words, spelt out or abbreviated. */
export const SCALE_WORDS = new Map<string, number>(
  Object.entries({
    hundred: 2,
    thousand: 3,
    million: 6,
    mln: 6,
    billion: 9,
    bln: 9,
    bn: 9,
    trillion: 12,
    tn: 12,
    trn: 12,
  }),
);

/** Scales that follow number words; abbreviations like "bn" only follow digits. */
const SPELT_SCALES = new Set(["thousand", "million", "billion", "trillion"]);

const SHARES = new Map<string, number>(
  Object.entries({
    half: 50,
    third: 100 / 3,
    thirds: 100 / 3,
    quarter: 25,
    quarters: 25,
    fifth: 20,
    fifths: 20,
    tenth: 10,
    tenths: 10,
  }),
);

/** A cheap filter: text without digits or number words has no quantity, so skip lexing it. */
const NUMBERISH =
  /\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth/i;

/**
 * Tokens of a quote with every number, in digits or in words, folded into one "num" token. The
 * scan reads what `/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019-][\p{L}\p{M}]+)*|\S/gu` would match,
 * a character at a time: each quote of an article goes through it.
 */
export function lexNumbers(text: string): NumToken[] {
  if (!NUMBERISH.test(text)) return [];
  const raw: NumToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let separated = false;
    let kind: NumToken["kind"] = "sym";
    if (isDigitAt(text, i)) {
      kind = "num";
      i = digitsEnd(text, i);
      while (isDecimalSeparator(text.charCodeAt(i)) && isDigitAt(text, i + 1)) {
        separated = true;
        i = digitsEnd(text, i + 1);
      }
    } else if (isLetterOrMarkAt(text, i)) {
      if (isLetterAt(text, i)) kind = "word";
      i = lettersEnd(text, i);
      while (isWordJoiner(text.charCodeAt(i)) && isLetterOrMarkAt(text, i + 1)) i = lettersEnd(text, i + 1);
    } else {
      i += codePointSize(text, i);
    }
    const t = text.slice(start, i);
    const token: NumToken = {
      kind,
      text: t,
      lower: kind === "num" ? t : t.toLowerCase(),
      start,
      end: i,
      value: 0,
      decimal: undefined,
      spelt: undefined,
      share: undefined,
    };
    if (kind === "num") {
      const decimal = separated ? parseDecimal(t) : t;
      if (decimal === null) token.kind = "sym";
      else {
        token.decimal = decimal;
        token.value = Number(decimal);
      }
    }
    raw.push(token);
  }
  return foldWords(raw);
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigitAt(text, j)) j++;
  return j;
}

function lettersEnd(text: string, i: number): number {
  let j = i;
  while (isLetterOrMarkAt(text, j)) j += codePointSize(text, j);
  return j;
}

/** "." or ",". */
function isDecimalSeparator(c: number): boolean {
  return c === 46 || c === 44;
}

/** "'", "\u2019" or "-". */
function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** "1,200.5" → "1200.5"; null for things like "1,2" or "1.2.3" that are lists, versions or dates. */
function parseDecimal(t: string): string | null {
  const [whole = "", fraction, extra] = t.split(".");
  if (extra !== undefined || fraction?.includes(",")) return null;
  const groups = whole.split(",");
  const [head = ""] = groups;
  if (groups.length > 1 && (head.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  return fraction === undefined ? groups.join("") : `${groups.join("")}.${fraction}`;
}

/** Replaces runs of number words ("two million", "twenty-five", "a third of") by one number token. */
function foldWords(tokens: NumToken[]): NumToken[] {
  let out: NumToken[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const read = t.kind === "word" && mayStartNumber(t.lower) ? readWords(tokens, i) : null;
    const last = read ? tokens[read.end - 1] : undefined;
    if (!read || !last) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    let text = t.text;
    for (let k = i + 1; k < read.end; k++) text += ` ${tokens[k]?.text}`;
    out.push({ ...t, kind: "num", text, end: last.end, value: read.value, spelt: true, share: read.share });
    i = read.end - 1;
  }
  return out ?? tokens;
}

/** First letters of the number words, so most words are ruled out before a lookup. */
const SMALL_INITIALS = new Set([...SMALL.keys()].map((w) => w.charCodeAt(0)));

function mayStartNumber(w: string): boolean {
  return (
    (SMALL_INITIALS.has(w.charCodeAt(0)) && SMALL.has(w)) || w === "a" || w === "an" || w === "half" || w.includes("-")
  );
}

/** "seven", "twenty-five". */
function wordValue(w: string): number | undefined {
  const parts = halves(w);
  if (parts) {
    const a = SMALL.get(parts[0]);
    const b = SMALL.get(parts[1]);
    if (a !== undefined && a >= 20 && a % 10 === 0 && b !== undefined && b < 10) return a + b;
  }
  return SMALL.get(w);
}

/** The two halves of a word with exactly one hyphen: "twenty-five", "two-thirds". */
function halves(w: string): [string, string] | undefined {
  const dash = w.indexOf("-");
  return dash >= 0 && w.indexOf("-", dash + 1) < 0 ? [w.slice(0, dash), w.slice(dash + 1)] : undefined;
}

/**
 * "two million", "three hundred and fifty", "a dozen", "half a million", "one and a half billion":
 * the usual sum of products over scale words. "and" joins numbers only after a scale word, so
 * "between two and three" stays two numbers.
 */
function readWords(tokens: readonly NumToken[], i: number): { value: number; end: number; share: boolean } | null {
  const share = readShare(tokens, i);
  if (share) return share;
  if (tokens[i]?.lower === "and" || SCALE_WORDS.has(tokens[i]?.lower ?? "")) return null;
  const half = halfOf(tokens, i);
  if (half) return half;
  let k = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let afterScale = false;
  if (tokens[k]?.lower === "a" || tokens[k]?.lower === "an") {
    const next = tokens[k + 1]?.lower ?? "";
    if (!SCALE_WORDS.has(next) && next !== "dozen") return null;
    current = 1;
    k++;
  }
  for (; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? "";
    const small = wordValue(w);
    const scale = SCALE_WORDS.get(w);
    afterScale = afterScale && w === "and";
    if (small !== undefined) current += small;
    else if (w === "dozen") current = (current || 1) * 12;
    else if (scale === 2) {
      current = (current || 1) * 100;
      afterScale = true;
    } else if (scale !== undefined && SPELT_SCALES.has(w)) {
      total += (current || 1) * 10 ** scale;
      current = 0;
      afterScale = true;
    } else if (w === "and" && seen && tokens[k + 1]?.lower === "a" && tokens[k + 2]?.lower === "half") {
      current += 0.5;
      k += 2;
    } else if (w === "and" && seen && afterScale && wordValue(tokens[k + 1]?.lower ?? "") !== undefined) continue;
    else break;
    seen = true;
  }
  return seen ? { value: total + current, end: k, share: false } : null;
}

/** "half a million", "half a dozen". */
function halfOf(tokens: readonly NumToken[], i: number): { value: number; end: number; share: boolean } | null {
  const article = tokens[i + 1]?.lower;
  const scale = tokens[i + 2]?.lower ?? "";
  if (tokens[i]?.lower !== "half" || (article !== "a" && article !== "an")) return null;
  if (scale === "dozen") return { value: 6, end: i + 3, share: false };
  const exp = SCALE_WORDS.get(scale);
  return exp !== undefined && (exp === 2 || SPELT_SCALES.has(scale))
    ? { value: 0.5 * 10 ** exp, end: i + 3, share: false }
    : null;
}

/** "half of", "a third of", "two-thirds of", "cut by a third" → a share in percent. */
function readShare(tokens: readonly NumToken[], i: number): { value: number; end: number; share: boolean } | null {
  const first = tokens[i]?.lower ?? "";
  const dashed = halves(first);
  let count = 1;
  let noun = first;
  let end = i + 1;
  if (dashed) {
    count = SMALL.get(dashed[0]) ?? 0;
    noun = dashed[1];
  } else if (first === "a" || SMALL.has(first)) {
    count = first === "a" ? 1 : (SMALL.get(first) ?? 0);
    noun = tokens[i + 1]?.lower ?? "";
    end = i + 2;
  }
  const size = SHARES.get(noun);
  const alone = end === i + 1 && !first.includes("-");
  const framed = tokens[end]?.lower === "of" || tokens[i - 1]?.lower === "by";
  if (size === undefined || count < 1 || alone !== (noun === "half") || !framed) return null;
  return { value: Math.round(count * size * 100) / 100, end, share: true };
}
