import { AMBIGUOUS_VERBS, ATTRIBUTION_VERBS, AUXILIARIES, DETERMINERS, PARTICIPLES, PRONOUNS } from "./lexicon";
import { splitTitleAt } from "./names";
import { isOrganisation } from "./people";
import {
  firstName,
  isName,
  runBack,
  runForward,
  type Subject,
  subjectAfter,
  subjectAt,
  subjectBefore,
} from "./subjects";
import { isPossessive, type Token, tokenize } from "./tokens";

export type { Subject } from "./subjects";

export interface Attribution {
  subject: Subject;
  /** The attribution verb, lowercased ("according" for "according to"). */
  verb: string;
}

/** What the clause around a quote cannot tell by itself. */
export interface Surroundings {
  /** A surname already named in the article ("Ruiz" after "Finance Minister Ana Ruiz"). */
  known?: (name: string) => boolean;
  /** The subject of the sentence the clause is part of, for `…, telling reporters:` and `… but added:`. */
  sentenceSubject?: () => Subject | null;
}

/** How far the clause after a quote may run before its verb: `"…," US Secretary of State Antony Blinken told`. */
const MAX_TOKENS_BEFORE_VERB = 16;
const CONJUNCTIONS = new Set(["but", "and", "yet", "so", "still", "however", "meanwhile", "later", "then"]);

/** The clause after a quote or between two halves of one: `," Blinken said`, `," said Blinken`. */
export function attributionAfter(region: string): Attribution | null {
  return attributionAfterTokens(tokenize(region));
}

export function attributionAfterTokens(tokens: readonly Token[]): Attribution | null {
  const limit = Math.min(tokens.length, MAX_TOKENS_BEFORE_VERB);
  for (let v = 0; v < limit; v++) {
    if (isAccordingTo(tokens, v)) return found(subjectAfter(tokens, v + 1), "according");
    const t = tokens[v];
    if (!t || !isVerb(tokens, v)) continue;
    return found(subjectBefore(tokens, v) ?? subjectAfter(tokens, v) ?? firstName(tokens, v), t.lower);
  }
  return null;
}

/**
 * The clause before a quote: `Blinken said: "…"`, `According to Blinken, "…"`. The verb nearest
 * the quote wins; when its subject is not next to it, the sentence's own subject is used: for a
 * participle (`Roe dismissed the pledges, telling the programme: "…"`), a coordinated verb (`He
 * released a video but added: "…"`), or, from the start of a sentence, a full, titled or known name
 * (`Health Minister Jane Doe opened the clinic and said "…"`).
 */
export function attributionBefore(
  region: string,
  fromSentenceStart: boolean,
  around: Surroundings = {},
): Attribution | null {
  const tokens = tokenize(region);
  const known = around.known ?? (() => false);
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (isAccordingTo(tokens, v)) return found(subjectAfter(tokens, v + 1), "according");
    const t = tokens[v];
    if (!t?.word) continue;
    if (PARTICIPLES.has(t.lower) && tokens[v - 1]?.text === ",") {
      return found(personal(around.sentenceSubject?.() ?? null), t.lower);
    }
    if (!isVerb(tokens, v)) continue;
    const subject = subjectBefore(tokens, v) ?? subjectAfter(tokens, v);
    if (subject) return found(subject, t.lower);
    if (coordinated(tokens, v)) {
      const opening = fromSentenceStart ? openingSubject(tokens) : (around.sentenceSubject?.() ?? null);
      return found(personal(opening), t.lower);
    }
    return found(fromSentenceStart ? introduced(sentenceSubject(tokens), known) : null, t.lower);
  }
  return null;
}

/**
 * The person a sentence opens with: "Finance Minister Ana Ruiz presented…", "Opposition leader
 * Petra Lind disputed…", "On Monday, Ruiz said…", "The company's chief executive, John Roe, said…",
 * "For the Liberal Democrats, Kirsty Williams called…" (the party is no speaker).
 */
export function sentenceSubject(tokens: readonly Token[]): Subject | null {
  const comma = tokens.slice(0, 8).findIndex((t) => t.text === ",");
  const first = subjectAt(tokens, 0);
  if (first?.kind === "name" || comma < 0) return first;
  return subjectAt(tokens, comma + 1) ?? first;
}

/** Like `sentenceSubject`, but a sentence may open with a pronoun: "But he added:", "She said". */
export function openingSubject(tokens: readonly Token[]): Subject | null {
  let i = 0;
  while (i < tokens.length && CONJUNCTIONS.has(tokens[i]?.lower ?? "")) i++;
  if (i > 0 && tokens[i]?.text === ",") i++;
  const t = tokens[i];
  if (t && PRONOUNS.has(t.lower)) return { kind: "pronoun", word: t.lower };
  return sentenceSubject(tokens);
}

/** Far from its verb, a subject must look like a person: a full, titled or known name, not "Sales". */
function introduced(subject: Subject | null, known: (name: string) => boolean): Subject | null {
  if (subject?.kind !== "name") return null;
  return subject.title !== undefined || subject.name.includes(" ") || known(subject.name) ? subject : null;
}

/** A sentence's subject standing in for a participle's or a coordinated verb's: people only. */
function personal(subject: Subject | null): Subject | null {
  return subject?.kind === "name" || subject?.kind === "pronoun" || subject?.kind === "role" ? subject : null;
}

/** Every titled name in a stretch of text ("Health Minister Jane Doe"), so a later "Doe" resolves. */
export function titledNames(tokens: readonly Token[]): { name: string; title: string }[] {
  const out: { name: string; title: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i])) continue;
    const end = runForward(tokens, i);
    const parts = splitTitleAt(tokens, i, end);
    if (parts?.name && parts.title && !isOrganisation(parts.name)) out.push({ name: parts.name, title: parts.title });
    i = end;
  }
  return out;
}

function found(subject: Subject | null, verb: string): Attribution | null {
  return subject ? { subject, verb } : null;
}

/**
 * An attribution verb; "-s" forms that double as plural nouns ("the Conservative pledges", "his
 * claims") only right after a person's name or a pronoun.
 */
export function isVerb(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!t?.word || !ATTRIBUTION_VERBS.has(t.lower)) return false;
  if (!AMBIGUOUS_VERBS.has(t.lower)) return true;
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]?.lower ?? "")) k--;
  const s = tokens[k];
  if (!s) return false;
  if (PRONOUNS.has(s.lower)) return true;
  if (!isName(s)) return false;
  const before = tokens[runBack(tokens, k) - 1];
  if (before && (DETERMINERS.has(before.lower) || isPossessive(before))) return false;
  return subjectBefore(tokens, v)?.kind === "name";
}

/** `… but added:`, `… and later said`: a verb sharing the sentence's subject. */
function coordinated(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]?.lower ?? "")) k--;
  const w = tokens[k]?.lower;
  return w === "and" || w === "but";
}

function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to";
}
