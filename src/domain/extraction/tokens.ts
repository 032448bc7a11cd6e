import { isAlnum, isSpaceAt, isUpper, isWordAt } from "./chars";
import { ABBREVIATIONS, HONORIFICS } from "./lexicon";

export interface Token {
  text: string;
  lower: string;
  /** Starts with a letter or digit; otherwise a single punctuation character. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Offsets in the tokenised string. */
  start: number;
  end: number;
}

/**
 * Splits a stretch of text into word and punctuation tokens for the attribution patterns. Words
 * may contain inner apostrophes, hyphens and dots ("O'Brien", "al-Sayed", "U.S"); a final dot is a
 * token of its own unless it belongs to an abbreviation ("Mr.", "U.S."). A hand-written scan, one
 * pass, ASCII answered from the character code: the whole narrative of an article goes through it.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const size = charSize(text, i);
    if (isSpaceAt(text, i)) {
      i += size;
      continue;
    }
    if (!isWordAt(text, i)) {
      out.push(make(text.slice(i, i + size), i));
      i += size;
      continue;
    }
    let j = i + size;
    while (j < n) {
      if (isWordAt(text, j)) {
        j += charSize(text, j);
        continue;
      }
      const c = text.charCodeAt(j);
      const joiner = c === 39 || c === 0x2019 || c === 46 || c === 45;
      if (joiner && j + 1 < n && isWordAt(text, j + 1)) {
        j += 1 + charSize(text, j + 1);
        continue;
      }
      break;
    }
    const word = text.slice(i, j);
    if (text.charCodeAt(j) === 46 && keepsDot(word)) {
      out.push(make(`${word}.`, i));
      i = j + 1;
    } else {
      out.push(make(word, i));
      i = j;
    }
  }
  return out;
}

function charSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function keepsDot(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    (word.length === 1 && isUpper(word)) || word.includes(".") || ABBREVIATIONS.has(lower) || HONORIFICS.has(lower)
  );
}

function make(text: string, start: number): Token {
  const first = text.charAt(0);
  return {
    text,
    lower: text.toLowerCase(),
    word: isAlnum(first),
    cap: isUpper(first),
    start,
    end: start + text.length,
  };
}

/** Ends in "'s" or "\u2019s"; read from the last two character codes, since every name in a run is asked. */
export function isPossessive(t: Token): boolean {
  const { lower } = t;
  if (!t.word || lower.charCodeAt(lower.length - 1) !== 115) return false;
  const apostrophe = lower.charCodeAt(lower.length - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}
