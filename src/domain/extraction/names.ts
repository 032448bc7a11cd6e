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
import { type Gender, genderOfWord, isPartyWord, PARTY_WORDS } from "./people";
import { isPossessive, type Token } from "./tokens";

export interface NameParts {
  /** Empty when the run is a bare title ("The Minister"). */
  name: string;
  title?: string;
  /** From an honorific ("Ms Hutt") or a gendered title word ("spokeswoman"). */
  gender?: Gender;
  /** The words after the title, before an over-long run is cut to its last two ("Federal Reserve Bank of Dallas"). */
  whole?: string;
}

const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 20;
const CLAUSE_WORDS = new Set(["who", "which", "that", "whose", "where", "when", "while", "whom"]);
/** A title cut short must not end on these ("research scientist at the"). */
const TRAILING_FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "at",
  "of",
  "for",
  "in",
  "with",
  "and",
  "from",
  "on",
  "to",
  "by",
]);

/**
 * Splits a capitalised run into title and name: the title runs from the start of the run through
 * the first title word and whatever extends it ("US Secretary of State", "Minister for Health",
 * "Acme Chief Executive"), or over the party words that open it ("Democrat Kamala Harris"); the
 * rest is the name. Leading sentence words and honorifics are dropped, honorifics giving a gender.
 */
export function splitTitle(run: readonly string[]): NameParts | null {
  let gender: Gender | undefined;
  const words: string[] = [];
  const lower: string[] = [];
  let opening = true;
  for (const w of run) {
    const l = w.toLowerCase();
    if (opening && NOT_NAMES.has(l)) continue;
    opening = false;
    if (HONORIFICS.has(l)) {
      gender ??= genderOfWord(l);
      continue;
    }
    words.push(w);
    lower.push(l);
  }
  const withGender = (parts: NameParts, rest: readonly string[]): NameParts => {
    const out = rest.length > MAX_NAME_WORDS ? { ...parts, whole: rest.join(" ") } : parts;
    return gender ? { ...out, gender } : out;
  };
  const core = lower.findIndex((w) => TITLE_CORE.has(w));
  if (core < 0) {
    let p = 0;
    while (p < words.length - 1 && isPartyWord(lower[p] ?? "")) p++;
    if (p > 0 && !isPartyWord(lower.at(-1) ?? "")) {
      return withGender({ name: cleanName(words.slice(p)), title: words.slice(0, p).join(" ") }, words.slice(p));
    }
    return words.length > 0 ? withGender({ name: cleanName(words) }, words) : null;
  }
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
  return withGender(
    { name: cleanName(words.slice(end + 1)), title: words.slice(0, end + 1).join(" ") },
    words.slice(end + 1),
  );
}

/** Connectors cannot start or end a name, and over-long runs keep their last words, where names sit. */
function cleanName(words: readonly string[]): string {
  let s = 0;
  let e = words.length;
  while (s < e && NAME_CONNECTORS.has((words[s] ?? "").toLowerCase())) s++;
  while (e > s && NAME_CONNECTORS.has((words[e - 1] ?? "").toLowerCase())) e--;
  const kept = words.slice(s, e);
  if (kept.length <= MAX_NAME_WORDS) return kept.join(" ");
  const tail = kept.slice(-2);
  return NAME_CONNECTORS.has((tail[0] ?? "").toLowerCase()) ? (tail[1] ?? "") : tail.join(" ");
}

const TITLE_PATTERN = new RegExp(
  `\\b(?:${[...TITLE_CORE, ...PARTY_WORDS].map((w) => w.replace(/\.$/, "").replace(/[^a-z]/g, "\\$&")).join("|")})\\b`,
  "i",
);

/** A cheap test that spares looking for titled names ("Health Minister Jane Doe", "Democrat Kamala Harris"). */
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
  let end = phrase.length;
  while (end > i && TRAILING_FUNCTION_WORDS.has(phrase[end - 1]?.lower ?? "")) end--;
  const rest = phrase.slice(i, end);
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
