import type { ClaimRecord } from "../../db/claim-queries";
import { findQuantity } from "../extraction/quantities";
import { storedQuantity } from "../quantity";
import { contentTerms, searchForms } from "./languages";
import { type MatchReasons, type MatchSubject, matchScore, type Prepared, prepare } from "./score";

export type { MatchReasons, MatchSubject, Prepared } from "./score";

/** FTS5 terms in a candidate query; more would only dilute bm25's ranking. */
const MAX_TERMS = 48;

/**
 * An FTS5 query that finds claims sharing any content word with the texts: each stem as a quoted
 * prefix term (so "agre"* finds agreed, agreement), joined with OR. Null when there is no word.
 * Quoting makes any FTS5 syntax in the text inert.
 */
export function candidateQuery(subjects: readonly MatchSubject[]): string | null {
  const terms = new Set<string>();
  for (const subject of subjects) {
    const stems = [...new Set(contentTerms(subject.text, subject.language))].sort((a, b) => b.length - a.length);
    for (const stem of stems.slice(0, Math.max(4, Math.floor(MAX_TERMS / subjects.length)))) {
      for (const form of searchForms(stem, subject.language)) terms.add(form);
    }
  }
  const chosen = [...terms].slice(0, MAX_TERMS);
  return chosen.length > 0 ? chosen.map((stem) => `"${stem.replaceAll('"', "")}"*`).join(" OR ") : null;
}

/** A text someone is checking, with the figure the extractor reads in it. */
export function querySubject(text: string, language: string, speaker?: { id?: string; name?: string }): Prepared {
  return prepare({
    text,
    language,
    speakerId: speaker?.id ?? null,
    speakerName: speaker?.name ?? null,
    quantity: findQuantity(text) ?? null,
  });
}

function claimSubject(record: ClaimRecord): Prepared {
  const { claim, speaker } = record;
  const stored = storedQuantity(claim);
  return prepare({
    text: claim.text,
    language: claim.language,
    speakerId: speaker.id,
    speakerName: speaker.name,
    quantity: stored ?? findQuantity(claim.text) ?? null,
  });
}

/** Claims ready to be compared with many texts: their stems and figures worked out once. */
export function preparePool(records: readonly ClaimRecord[]): { record: ClaimRecord; subject: Prepared }[] {
  return records.map((record) => ({ record, subject: claimSubject(record) }));
}

export interface Match {
  record: ClaimRecord;
  score: number;
  reasons: MatchReasons;
}

/** The candidates that say what `query` says, best first, with a score above zero. */
export function rankMatches(query: Prepared, pool: ReturnType<typeof preparePool>, limit: number): Match[] {
  return pool
    .map(({ record, subject }) => ({ record, ...matchScore(query, subject) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || (a.record.claim.id < b.record.claim.id ? 1 : -1))
    .slice(0, limit);
}
