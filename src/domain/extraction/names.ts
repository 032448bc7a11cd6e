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
import type { Span } from "./types";

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
  const kept = new Kept();
  for (const w of run) kept.add(w, w.toLowerCase());
  return kept.split();
}

/** `splitTitle` of the tokens `from` to `to` (inclusive), which have their lowercase already. */
export function splitTitleAt(tokens: readonly Token[], from: number, to: number): NameParts | null {
  const kept = new Kept();
  for (let i = from; i <= to && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    kept.add(t.text, t.lower);
  }
  return kept.split();
}

/** The words of a run that can be a title or a name, with their lowercase. */
class Kept {
  readonly words: string[] = [];
  readonly lower: string[] = [];
  gender: Gender | undefined;
  private opening = true;

  add(w: string, l: string): void {
    if (this.opening && NOT_NAMES.has(l)) return;
    this.opening = false;
    if (HONORIFICS.has(l)) {
      this.gender ??= genderOfWord(l);
      return;
    }
    this.words.push(w);
    this.lower.push(l);
  }

  split(): NameParts | null {
    const { words, lower } = this;
    const core = lower.findIndex((w) => TITLE_CORE.has(w));
    if (core < 0) {
      let p = 0;
      while (p < words.length - 1 && isPartyWord(lower[p] ?? "")) p++;
      if (p > 0 && !isPartyWord(lower.at(-1) ?? "")) return this.parts(p);
      return words.length > 0 ? this.parts(0) : null;
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
    return this.parts(end + 1);
  }

  /** The words before `from` as the title (none when `from` is 0), the rest as the name. */
  private parts(from: number): NameParts {
    const { words, gender } = this;
    const name = this.cleanName(from);
    const split: NameParts = from > 0 ? { name, title: words.slice(0, from).join(" ") } : { name };
    const out = words.length - from > MAX_NAME_WORDS ? { ...split, whole: words.slice(from).join(" ") } : split;
    return gender ? { ...out, gender } : out;
  }

  /** Connectors cannot start or end a name, and over-long runs keep their last words, where names sit. */
  private cleanName(from: number): string {
    const { words, lower } = this;
    let s = from;
    let e = words.length;
    while (s < e && NAME_CONNECTORS.has(lower[s] ?? "")) s++;
    while (e > s && NAME_CONNECTORS.has(lower[e - 1] ?? "")) e--;
    if (e - s <= MAX_NAME_WORDS) return words.slice(s, e).join(" ");
    return NAME_CONNECTORS.has(lower[e - 2] ?? "") ? (words[e - 1] ?? "") : `${words[e - 2]} ${words[e - 1]}`;
  }
}

/** Title and party words: a titled name has one. */
const TITLE_WORDS = new Set([...TITLE_CORE, ...PARTY_WORDS]);
const TITLE_PATTERN = new RegExp(
  `\\b(?:${[...TITLE_WORDS].map((w) => w.replace(/\.$/, "").replace(/[^a-z]/g, "\\$&")).join("|")})\\b`,
  "i",
);

/**
 * A cheap test that spares looking for titled names ("Health Minister Jane Doe", "Democrat Kamala
 * Harris") in `span` of `text`, tokenised as `tokens`. A title needs a title or party word among
 * the tokens, which is checked first, so the pattern only runs over the few stretches that have one.
 */
export function mayHoldTitle(text: string, span: Span, tokens: readonly Token[]): boolean {
  return tokens.some((t) => TITLE_WORDS.has(t.lower)) && TITLE_PATTERN.test(text.slice(span.start, span.end));
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
