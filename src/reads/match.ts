import { bestMatches, toRecord } from "../db/claim-queries";
import type { Db } from "../db/client";
import { candidateQuery, type Match, type Prepared, preparePool, rankMatches } from "../domain/matching";

/**
 * Candidates read for each match: the best by bm25 among the newest claims sharing a content word,
 * words in very many claims left out while rarer ones remain (db/claim-pages.ts matchPageSql).
 */
export const POOL = 50;

/** Claims sharing a word with the texts, the pool the matcher scores: one FTS5 query. */
export async function candidatePool(db: Db, subjects: readonly Prepared[], size = POOL) {
  const search = candidateQuery(subjects);
  return search ? preparePool((await bestMatches.all(db, search, size)).map(toRecord)) : [];
}

/** The tracked claims that say what `query` says, best first (README: "Matching claims"). */
export async function findMatches(db: Db, query: Prepared, limit: number, exceptId?: string): Promise<Match[]> {
  const pool = (await candidatePool(db, [query])).filter(({ record }) => record.claim.id !== exceptId);
  return rankMatches(query, pool, limit);
}
