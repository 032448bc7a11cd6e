import { isAlnum, isUpper } from "./chars";
import { ABBREVIATIONS, HONORIFICS } from "./lexicon";

export interface Token {
  text: string;
  lower: string;
  /** Starts with a letter or digit; otherwise a single punctuation character. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

/**
 * Words may contain inner apostrophes, hyphens and dots ("O'Brien", "al-Sayed", "U.S"). Each
 * repetition must start with one of those separators, so matching never backtracks.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019.-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;

/** Splits a stretch of text into word and punctuation tokens for the attribution patterns. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    let stop = false;
    if (raw.length > 1 && raw.endsWith(".") && !keepsDot(raw.slice(0, -1))) {
      raw = raw.slice(0, -1);
      stop = true;
    }
    out.push(make(raw));
    if (stop) out.push(make("."));
  }
  return out;
}

function keepsDot(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    (word.length === 1 && isUpper(word)) || word.includes(".") || ABBREVIATIONS.has(lower) || HONORIFICS.has(lower)
  );
}

function make(text: string): Token {
  const first = text.charAt(0);
  return {
    text,
    lower: text.toLowerCase(),
    word: isAlnum(first),
    cap: isUpper(first),
  };
}

export function isPossessive(t: Token): boolean {
  return t.word && (t.lower.endsWith("'s") || t.lower.endsWith("\u2019s"));
}
