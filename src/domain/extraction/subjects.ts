import { AUXILIARIES, DETERMINERS, GROUP_NOUNS, NAME_CONNECTORS, PRONOUNS, WEEKDAYS } from "./lexicon";
import { isGroupNoun, isTitleToken, type NameParts, roleTitle, splitTitleAt } from "./names";
import { type Gender, hasGivenName, isOrganisation } from "./people";
import { isPossessive, type Token } from "./tokens";

/**
 * Who a clause says is speaking, before it is resolved against the people named so far: a
 * pronoun, a name with an optional title ("US Secretary of State Antony Blinken", "John Roe, the
 * company's chief executive"), a bare role ("the minister"), or a group that is no one person
 * ("Labour", "officials", "the Audit Commission"): it speaks, but is never a claim's speaker.
 */
export type Subject =
  | { kind: "pronoun"; word: string }
  | { kind: "name"; name: string; title?: string; gender?: Gender }
  | { kind: "role"; role: string }
  | { kind: "group" };

/** A relative clause between a name and its verb says nothing about the title. */
const CLAUSE_OPENERS = new Set(["who", "whose", "which"]);
/** Titles before a name run to about a dozen words: "The opposition Social Party's housing spokesperson". */
const MAX_APPOSITION = 12;
/** Appositions after a name run longer: "research scientist with the Bureau of … at the University of …". */
const MAX_APPOSITION_AFTER = 20;

/** A name run, possibly after title words, followed by a lowercase word (the verb) or a comma. */
export function subjectAt(tokens: readonly Token[], start: number): Subject | null {
  for (let i = start; i < tokens.length && i - start < MAX_APPOSITION; i++) {
    const t = tokens[i];
    if (!t || !isTitleToken(t)) return null;
    if (!isName(t)) continue;
    const end = runForward(tokens, i);
    const next = tokens[end + 1];
    if (next && isTitleToken(next) && !next.cap) {
      i = end;
      continue;
    }
    if (!next || !(next.text === "," || (next.word && !next.cap))) return null;
    const parts = splitTitleAt(tokens, i, end);
    if (!parts?.name) return null;
    const before = tokens[start - 1]?.text === "," ? roleTitle(tokens.slice(0, start - 1)) : null;
    const title = parts.title ?? roleBack(tokens, i - 1) ?? before ?? closedApposition(tokens, end + 1);
    return named(parts, title ?? undefined);
  }
  return null;
}

/** `Kim Sato, professor of politics at Tokyo University, thought …`: an apposition closed by a comma and a verb. */
function closedApposition(tokens: readonly Token[], comma: number): string | null {
  if (tokens[comma]?.text !== ",") return null;
  let j = comma + 1;
  while (j < tokens.length && j - comma <= MAX_APPOSITION_AFTER && tokens[j]?.word) j++;
  const verb = tokens[j + 1];
  if (tokens[j]?.text !== "," || !verb?.word || verb.cap) return null;
  return roleTitle(tokens.slice(comma + 1, j));
}

export function isName(t: Token | undefined): boolean {
  return t?.word === true && t.cap && !isPossessive(t);
}

/** A name with the title found for it; a party or organisation name is a group, not a person. */
export function named(parts: NameParts, title?: string): Subject {
  const { name, gender } = parts;
  if (isGroupNoun(name) || isOrganisation(name) || isOrganisation(parts.whole ?? name)) return { kind: "group" };
  const subject: Subject = title ? { kind: "name", name, title } : { kind: "name", name };
  return gender ? { ...subject, gender } : subject;
}

function texts(tokens: readonly Token[], from: number, to: number): string[] {
  return tokens.slice(from, to + 1).map((t) => t.text);
}

/** First index of the capitalised run ending at `k` ("US Secretary of State Antony Blinken"). */
export function runBack(tokens: readonly Token[], k: number): number {
  let r = k;
  while (r - 1 >= 0) {
    const t = tokens[r - 1];
    if (isName(t) || (t && NAME_CONNECTORS.has(t.text) && isName(tokens[r - 2]))) r--;
    else break;
  }
  return r;
}

/** Last index of the capitalised run starting at `k`. */
export function runForward(tokens: readonly Token[], k: number): number {
  let e = k;
  while (e + 1 < tokens.length) {
    const t = tokens[e + 1];
    if (isName(t) || (t && NAME_CONNECTORS.has(t.text) && isName(tokens[e + 2]))) e++;
    else break;
  }
  return e;
}

/**
 * The speaker just before the verb at `v`, past auxiliaries and "on Tuesday": "Blinken has said",
 * "John Roe, the company's chief executive, said", "the minister said".
 */
export function subjectBefore(tokens: readonly Token[], v: number): Subject | null {
  let k = v - 1;
  for (;;) {
    const t = tokens[k];
    if (t && AUXILIARIES.has(t.lower)) k--;
    else if (t && WEEKDAYS.has(t.lower) && tokens[k - 1]?.lower === "on") k -= 2;
    else break;
  }
  const t = tokens[k];
  if (!t) return null;
  if (PRONOUNS.has(t.lower)) return { kind: "pronoun", word: t.lower };
  if (t.text === ",") return appositionBefore(tokens, k);
  if (isName(t)) {
    const r = runBack(tokens, k);
    const parts = splitTitleAt(tokens, r, k);
    if (!parts) return null;
    if (!parts.name) return parts.title ? { kind: "role", role: parts.title } : null;
    return named(parts, parts.title ?? roleBack(tokens, r - 1) ?? undefined);
  }
  if (!t.word) return null;
  if (GROUP_NOUNS.has(t.lower)) return { kind: "group" };
  const role = roleBack(tokens, k);
  if (!role) return null;
  return titledBefore(tokens, k) ?? { kind: "role", role };
}

/**
 * `Rhodri Evans, health spokesman said`: a title written after a name and its comma, without the
 * closing comma. Only a title without a determiner counts ("In Cardiff, the minister said" names
 * the minister, not Cardiff), after a full name or one with a known given name.
 */
function titledBefore(tokens: readonly Token[], k: number): Subject | null {
  let j = k;
  while (j >= 0 && j > k - MAX_APPOSITION && isTitleToken(tokens[j] as Token)) j--;
  const first = tokens[j + 1];
  if (tokens[j]?.text !== "," || !first || DETERMINERS.has(first.lower) || !isName(tokens[j - 1])) return null;
  const role = roleTitle(tokens.slice(j + 1, k + 1));
  const r = runBack(tokens, j - 1);
  const parts = splitTitleAt(tokens, r, j - 1);
  if (!role || !parts?.name || parts.title) return null;
  if (!parts.name.includes(" ") && !hasGivenName(parts.name)) return null;
  return named(parts, role);
}

/** A role phrase ending at `k`: "the company's chief executive", "Opposition leader". */
function roleBack(tokens: readonly Token[], k: number): string | null {
  let j = k;
  while (j >= 0 && k - j < MAX_APPOSITION) {
    const t = tokens[j];
    if (!t || !isTitleToken(t)) break;
    j--;
  }
  return j < k ? roleTitle(tokens.slice(j + 1, k + 1)) : null;
}

/**
 * `John Roe, the company's chief executive, said`, `the company's chief executive, John Roe, said`
 * or `Roe, who advised the previous government, said`.
 */
function appositionBefore(tokens: readonly Token[], comma: number): Subject | null {
  const end = parenthesisStart(tokens, comma);
  const c1 = segmentStart(tokens, end);
  if (tokens[c1]?.word) return null;
  const segment = tokens.slice(c1 + 1, end);
  const first = segment[0];
  const afterComma = tokens[c1]?.text === ",";
  if (segment.length > 0 && segment.every((t, i) => isName(t) || (i > 0 && NAME_CONNECTORS.has(t.text)))) {
    const parts = splitTitleAt(segment, 0, segment.length - 1);
    if (!parts?.name) return null;
    const before = afterComma ? roleTitle(tokens.slice(segmentStart(tokens, c1) + 1, c1)) : null;
    return named(parts, parts.title ?? before ?? undefined);
  }
  const clause = CLAUSE_OPENERS.has(first?.lower ?? "");
  const title = clause ? null : roleTitle(segment);
  if ((!title && !clause) || !afterComma || !isName(tokens[c1 - 1])) return null;
  const r = runBack(tokens, c1 - 1);
  const parts = splitTitleAt(tokens, r, c1 - 1);
  return parts?.name ? named(parts, parts.title ?? title ?? undefined) : null;
}

/** `…Medical Association (BMA), said`: the index of "(" when a parenthesis ends just before `end`, else `end`. */
function parenthesisStart(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.text !== ")") return end;
  for (let i = end - 2; i >= 0 && i >= end - 8; i--) if (tokens[i]?.text === "(") return i;
  return end;
}

/**
 * Index of the punctuation token opening the clause that ends just before `end` (-1 for the
 * start of the region); a word index means the clause is too long to be an apposition.
 */
function segmentStart(tokens: readonly Token[], end: number): number {
  let i = end - 1;
  while (i >= 0 && tokens[i]?.word && end - i <= MAX_APPOSITION) i--;
  return i;
}

/**
 * The speaker just after the verb at `v`, in inverted newswire order: "said Blinken", "said union
 * head Marco Bellini", "said the company's chief executive, John Roe".
 */
export function subjectAfter(tokens: readonly Token[], v: number): Subject | null {
  const k = v + 1;
  const t = tokens[k];
  if (!t?.word) return null;
  if (PRONOUNS.has(t.lower)) return { kind: "pronoun", word: t.lower };
  if (isName(t)) {
    const e = runForward(tokens, k);
    const titled = titleThenName(tokens, k, e);
    if (titled) return titled;
    const parts = splitTitleAt(tokens, k, e);
    if (!parts) return null;
    if (!parts.name) return parts.title ? { kind: "role", role: parts.title } : null;
    return named(parts, parts.title ?? appositionAfter(tokens, e + 1) ?? undefined);
  }
  let j = k;
  while (j < tokens.length && j - k < MAX_APPOSITION && tokens[j]?.word && !isName(tokens[j])) j++;
  if (GROUP_NOUNS.has(tokens[j - 1]?.lower ?? "")) return { kind: "group" };
  const role = roleTitle(tokens.slice(k, j));
  if (!role) return null;
  const nameAt = tokens[j]?.text === "," ? j + 1 : j;
  if (isName(tokens[nameAt])) {
    const parts = splitTitleAt(tokens, nameAt, runForward(tokens, nameAt));
    if (parts?.name) return named(parts, parts.title ?? role);
  }
  return { kind: "role", role };
}

/**
 * `said Statistics Office director Paulo Reis`: an organisation's name, a lowercase role, then the
 * person, all one title and name.
 */
function titleThenName(tokens: readonly Token[], k: number, e: number): Subject | null {
  let j = e + 1;
  while (j < tokens.length && j - e <= 3 && tokens[j]?.word && !tokens[j]?.cap && isTitleToken(tokens[j] as Token)) j++;
  if (j === e + 1 || !isName(tokens[j])) return null;
  const parts = splitTitleAt(tokens, j, runForward(tokens, j));
  const role = roleTitle(tokens.slice(k, j));
  return parts?.name && role && !parts.title ? named(parts, texts(tokens, k, j - 1).join(" ")) : null;
}

/** Words that open a phrase a cut title must not end with: "…Studies at the University". */
const PHRASE_OPENERS = new Set(["at", "in", "with", "from", "on", "for", "of", "and"]);

/**
 * `said John Roe, the company's chief executive.`, `said Kim Roe, 51, co-owner of Roe Mechanical`;
 * an over-long apposition keeps its first words, up to the last complete phrase.
 */
function appositionAfter(tokens: readonly Token[], comma: number): string | null {
  if (tokens[comma]?.text !== ",") return null;
  let start = comma + 1;
  if (/^\d+$/.test(tokens[start]?.text ?? "") && tokens[start + 1]?.text === ",") start += 2;
  let j = start;
  while (j < tokens.length && j - start < MAX_APPOSITION_AFTER && tokens[j]?.word) j++;
  if (j - start >= MAX_APPOSITION_AFTER && tokens[j]?.word) {
    let cut = j - 1;
    while (cut > start && !PHRASE_OPENERS.has(tokens[cut]?.lower ?? "")) cut--;
    if (cut > start) j = cut;
  }
  return roleTitle(tokens.slice(start, j));
}

/** Last resort after a quote: the first capitalised run before the verb (`," Roe, who runs Acme, said`). */
export function firstName(tokens: readonly Token[], v: number): Subject | null {
  const k = tokens.findIndex((t, i) => i < v && isName(t));
  if (k < 0) return null;
  const parts = splitTitleAt(tokens, k, runForward(tokens, k));
  return parts?.name ? named(parts, parts.title) : null;
}
