import { type Placeholder, type SQL, sql } from "drizzle-orm";
import { type ClaimFilters, conditions, type FilterTemplate, where } from "./claim-pages";
import { claims } from "./schema";

/**
 * Search (`GET /v1/claims?q=`) and the matcher's candidates, both from FTS5: the newest matches
 * in rowid order, which FTS5 can stop at, ranked by bm25 only when that stays cheap. The bounds
 * below are the README's ("Lists"); tests/db/query-plans.test.ts checks the plans.
 */

/**
 * Search ranks at most this many claims: the newest that match (README: "Lists"). FTS5 finds
 * matches in rowid order cheaply, but ranks (bm25) only after finding them all.
 */
export const SEARCH_RANKED = 1000;

/**
 * A word in at least this many claims is broad: bm25 first counts every claim holding each word
 * of the query (about 50 ms per million claims, measured), FTS5 expands a prefix by reading every
 * claim of every word it stands for, and an AND walks the broad word's whole list. How many claims
 * hold a word is estimated from the newest SAMPLE claims, which costs at most SAMPLE reads a word.
 */
export const BROAD_WORD = 20_000;
const SAMPLE = 2000;

/** The longest prefix claims_fts has a prefix index for (migrations/0011: prefix = '2 3 4 5 6'). */
const INDEXED_PREFIX = 6;

/**
 * The terms of an FTS5 query (from ftsQuery() or candidateQuery()), as the JSON termsCte() reads:
 * `t` the term as given, `e` without its prefix `*`, `p` whether it is a prefix the index covers.
 */
export function termsJson(query: string): string {
  const terms = (query.match(/"(?:[^"]|"")*"\*?/g) ?? []).map((t) => {
    const e = t.replace(/\*$/, "");
    const p = t.endsWith("*") && [...e.slice(1, -1).replaceAll('""', '"')].length <= INDEXED_PREFIX;
    return { t, e, p };
  });
  return JSON.stringify(terms);
}

/**
 * Each term of termsJson() (a value, or a placeholder for one) with its frequency among the newest
 * SAMPLE claims: `t` the term as given; `narrow` what to match when it is broad, the word itself
 * without its prefix `*` unless the prefix is one the index covers (then the prefix is one posting
 * list, as cheap as a word, and is counted and matched as given); `broad`; and `stop` (a broad
 * whole word in a third of the claims or more, like "in" or "the").
 */
function termsCte(terms: string | Placeholder): SQL {
  const n = (v: number) => sql.raw(String(v));
  return sql`size as materialized (select coalesce(max(row_id), 0) as claims, min(${n(SAMPLE)}, max(1, coalesce(max(row_id), 0))) as sample from ${claims}),
    hits as materialized (select j.value ->> '$.t' as t, j.value ->> '$.e' as e, j.value ->> '$.p' as p,
      (select count(*) from claims_fts where claims_fts match (case when j.value ->> '$.p' then j.value ->> '$.t' else j.value ->> '$.e' end)
        and rowid > (select claims from size) - ${n(SAMPLE)}) as n from json_each(${terms}) j),
    w as materialized (select t, case when p then t else e end as narrow, n * size.claims >= ${n(BROAD_WORD)} * size.sample as broad,
      not p and n * size.claims >= ${n(BROAD_WORD)} * size.sample and n * 3 >= size.sample as stop from hits, size)`;
}

/**
 * The newest SEARCH_RANKED claims matching `match` (an SQL expression over the terms in `w`), with
 * their bm25 rank, lower is better; rank 0 for all when `unranked` holds (CASE never asks FTS5 for
 * the rank then, so bm25 does not run).
 */
const window = (match: SQL, unranked: SQL) =>
  sql`(select rowid, (case when ${unranked} then 0 else rank end) as rank from claims_fts
    where claims_fts match ${match} order by rowid desc limit ${sql.raw(String(SEARCH_RANKED))}) m`;

/**
 * A page of search results (`page_id`, `page_rank`): at most the newest SEARCH_RANKED claims
 * matching every word, ranked by bm25 unless a word is broad; the other filters applied to them;
 * best first, `limit` rows from `offset`. Stop words are left out while other words remain; a
 * broad last word is not also a prefix (search as you type). The search itself is a value
 * (`terms`), so the SQL is the same for every query: searchValues() binds it.
 */
export function searchPageSql(f: FilterTemplate): SQL {
  const form = sql`case when broad then narrow else t end`;
  const match = sql`coalesce((select group_concat(${form}, ' ') from w where not stop), (select group_concat(${form}, ' ') from w))`;
  const unranked = sql`exists (select 1 from w where broad and (not stop or not exists (select 1 from w where not stop)))`;
  return sql`with ${termsCte(sql.placeholder("terms"))}
    select ${claims.id} as page_id, m.rank as page_rank from ${window(match, unranked)}
    cross join ${claims} on ${claims.rowId} = m.rowid
    where ${where(Object.values(conditions(f)))}
    order by m.rank, ${claims.id} desc limit ${sql.placeholder("limit")} offset ${sql.placeholder("offset")}`;
}

/** The values of searchPageSql()'s placeholders for one request (`search` an FTS5 query). */
export function searchValues(f: ClaimFilters, search: string, limit: number, offset: number): Record<string, unknown> {
  return { ...f, terms: termsJson(search), limit, offset };
}

/**
 * The matcher's candidates (`page_id`, `page_rank`): the best `limit` by bm25 among the newest
 * SEARCH_RANKED claims sharing a word with the text. `search` is candidateQuery()'s OR of prefix
 * terms; broad terms are left out while others remain (a common word says little about which
 * claim is meant, and would fill the window with recent claims that merely use it). When every
 * term is broad, the candidates are the newest claims sharing one, unranked. The search and the
 * limit are placeholders (`terms`, `limit`): the SQL is the same for every text.
 */
export function matchPageSql(): SQL {
  const match = sql`coalesce((select group_concat(t, ' OR ') from w where not broad), (select group_concat(narrow, ' OR ') from w))`;
  return sql`with ${termsCte(sql.placeholder("terms"))}
    select ${claims.id} as page_id, m.rank as page_rank from ${window(match, sql`not exists (select 1 from w where not broad)`)}
    cross join ${claims} on ${claims.rowId} = m.rowid
    order by m.rank, ${claims.id} desc limit ${sql.placeholder("limit")}`;
}
