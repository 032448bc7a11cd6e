import {
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ROLE_NOUNS,
  TITLE_CORE,
  TITLE_EXTENSION,
} from "./lexicon";
import { isPossessive, type Token } from "./tokens";

export interface NameParts {
  /** Empty when the run is a bare title ("The Minister"). */
  name: string;
  title?: string;
}

const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 12;
const CLAUSE_WORDS = new Set(["who", "which", "that", "whose", "where", "when", "while", "whom"]);

/**
 * Splits a capitalised run into title and name: the title runs from the start of the run through
 * the first title word and whatever extends it ("US Secretary of State", "Minister for Health",
 * "Acme Chief Executive"); the rest is the name. Leading sentence words and honorifics are dropped.
 */
export function splitTitle(run: readonly string[]): NameParts | null {
  let skip = 0;
  while (skip < run.length && NOT_NAMES.has((run[skip] ?? "").toLowerCase())) skip++;
  const words = run.slice(skip).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  const lower = words.map((w) => w.toLowerCase());
  const core = lower.findIndex((w) => TITLE_CORE.has(w));
  if (core < 0) return words.length > 0 ? { name: cleanName(words) } : null;
  const isTitleWord = (i: number): boolean => TITLE_CORE.has(lower[i] ?? "") || TITLE_EXTENSION.has(lower[i] ?? "");
  let end = core;
  let k = core + 1;
  while (k < words.length) {
    const w = lower[k];
    if (isTitleWord(k)) {
      end = k;
    } else if ((w === "of" || w === "for") && k + 1 < words.length) {
      end = lower[k + 1] === "the" && k + 2 < words.length ? k + 2 : k + 1;
      k = end;
    } else if (w === "and" && isTitleWord(k + 1)) {
      end = k + 1;
      k = end;
    } else {
      break;
    }
    k++;
  }
  return { name: cleanName(words.slice(end + 1)), title: words.slice(0, end + 1).join(" ") };
}

/** Connectors cannot start or end a name, and over-long runs keep their last words, where names sit. */
function cleanName(words: readonly string[]): string {
  let s = 0;
  let e = words.length;
  while (s < e && NAME_CONNECTORS.has((words[s] ?? "").toLowerCase())) s++;
  while (e > s && NAME_CONNECTORS.has((words[e - 1] ?? "").toLowerCase())) e--;
  const kept = words.slice(s, e);
  return (kept.length > MAX_NAME_WORDS ? kept.slice(-2) : kept).join(" ");
}

const TITLE_PATTERN = new RegExp(
  `\\b(?:${[...TITLE_CORE].map((w) => w.replace(/\.$/, "").replace(/[^a-z]/g, "\\$&")).join("|")})\\b`,
  "i",
);

/** A cheap test that spares tokenising text with no title word in it. */
export function mayHoldTitle(text: string): boolean {
  return TITLE_PATTERN.test(text);
}

/** "Officials said" names nobody. */
export function isGroupNoun(name: string): boolean {
  return !name.includes(" ") && GROUP_NOUNS.has(name.toLowerCase());
}

/**
 * The title inside a role phrase: "the company's chief executive" → "chief executive",
 * "a spokesperson for the ministry" → "spokesperson for the ministry". Whatever precedes a
 * possessive names the organisation, not the role, and is dropped. Null when the phrase names no
 * role or is a clause ("who arrived on Monday").
 */
export function roleTitle(phrase: readonly Token[]): string | null {
  let i = phrase.findLastIndex(isPossessive) + 1;
  while (i < phrase.length) {
    const t = phrase[i];
    if (!t || !(DETERMINERS.has(t.lower) || NOT_NAMES.has(t.lower))) break;
    i++;
  }
  const rest = phrase.slice(i);
  if (rest.length === 0 || rest.length > MAX_ROLE_WORDS) return null;
  if (rest.some((t) => !t.word || CLAUSE_WORDS.has(t.lower))) return null;
  if (!rest.some((t) => ROLE_NOUNS.has(t.lower))) return null;
  return rest.map((t) => t.text).join(" ");
}

/** Words that can make up a title written before a name: "Opposition leader", "the company's chief executive". */
export function isTitleToken(t: Token): boolean {
  if (!t.word) return false;
  if (t.cap || isPossessive(t) || DETERMINERS.has(t.lower)) return true;
  return ROLE_NOUNS.has(t.lower) || TITLE_CORE.has(t.lower) || TITLE_EXTENSION.has(t.lower);
}

/** The role word a description refers by: "the company's chief executive" → "chief". */
export function headRole(role: string): string | null {
  return (
    role
      .toLowerCase()
      .split(" ")
      .find((w) => ROLE_NOUNS.has(w) || TITLE_CORE.has(w)) ?? null
  );
}
