import { ATTRIBUTION_VERBS } from "./lexicon";
import { splitTitle } from "./names";
import { firstName, isName, runForward, type Subject, subjectAfter, subjectAt, subjectBefore, texts } from "./subjects";
import { type Token, tokenize } from "./tokens";

export type { Subject } from "./subjects";

export interface Attribution {
  subject: Subject;
  /** The attribution verb, lowercased ("according" for "according to"). */
  verb: string;
}

/** How far the clause after a quote may run before its verb: `"…," US Secretary of State Antony Blinken told`. */
const MAX_TOKENS_BEFORE_VERB = 16;

/** The clause after a quote or between two halves of one: `," Blinken said`, `," said Blinken`. */
export function attributionAfter(region: string): Attribution | null {
  const tokens = tokenize(region);
  const limit = Math.min(tokens.length, MAX_TOKENS_BEFORE_VERB);
  for (let v = 0; v < limit; v++) {
    if (isAccordingTo(tokens, v)) return found(subjectAfter(tokens, v + 1), "according");
    const t = tokens[v];
    if (!t || !isVerb(t)) continue;
    return found(subjectBefore(tokens, v) ?? subjectAfter(tokens, v) ?? firstName(tokens, v), t.lower);
  }
  return null;
}

/**
 * The clause before a quote: `Blinken said: "…"`, `According to Blinken, "…"`. The verb nearest
 * the quote wins; when its subject is not next to it, the sentence's own subject is used
 * (`Health Minister Jane Doe opened the clinic and said "…"`) if it is a full, titled or `known`
 * name.
 */
export function attributionBefore(
  region: string,
  fromSentenceStart: boolean,
  known: (name: string) => boolean = () => false,
): Attribution | null {
  const tokens = tokenize(region);
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (isAccordingTo(tokens, v)) return found(subjectAfter(tokens, v + 1), "according");
    const t = tokens[v];
    if (!t || !isVerb(t)) continue;
    const subject = subjectBefore(tokens, v) ?? subjectAfter(tokens, v);
    return found(subject ?? (fromSentenceStart ? introduced(sentenceSubject(tokens), known) : null), t.lower);
  }
  return null;
}

/**
 * The person a sentence opens with: "Finance Minister Ana Ruiz presented…", "Opposition leader
 * Petra Lind disputed…", "On Monday, Ruiz said…", "The company's chief executive, John Roe, said…".
 */
export function sentenceSubject(tokens: readonly Token[]): Subject | null {
  const comma = tokens.findIndex((t, i) => i < 8 && t.text === ",");
  return subjectAt(tokens, 0) ?? (comma >= 0 ? subjectAt(tokens, comma + 1) : null);
}

/** Far from its verb, a subject must look like a person: a full, titled or known name, not "Sales". */
function introduced(subject: Subject | null, known: (name: string) => boolean): Subject | null {
  if (subject?.kind !== "name") return null;
  return subject.title !== undefined || subject.name.includes(" ") || known(subject.name) ? subject : null;
}

/** Every titled name in a stretch of text ("Health Minister Jane Doe"), so a later "Doe" resolves. */
export function titledNames(tokens: readonly Token[]): { name: string; title: string }[] {
  const out: { name: string; title: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i])) continue;
    const end = runForward(tokens, i);
    const parts = splitTitle(texts(tokens, i, end));
    if (parts?.name && parts.title) out.push({ name: parts.name, title: parts.title });
    i = end;
  }
  return out;
}

function found(subject: Subject | null, verb: string): Attribution | null {
  return subject ? { subject, verb } : null;
}

function isVerb(t: Token): boolean {
  return t.word && ATTRIBUTION_VERBS.has(t.lower);
}

function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to";
}
