import { and, eq, gte, lt, type Placeholder, type SQL, sql } from "drizzle-orm";
import { CLAIM_KINDS, OPEN_STATUSES, STATUS_CODES } from "../domain/statuses";
import { claims, claimTopics } from "./schema";

/**
 * Which claims make a page of `GET /v1/claims`: the SQL that picks the page's ids (as `page_id`,
 * newest first), before claim-queries.ts hydrates only those rows. Each filter reads the claims
 * through a named index (`INDEXED BY`): D1 keeps no table statistics unless someone runs ANALYZE,
 * and a planner guessing wrong at a million rows reads them all. The query-plan tests
 * (tests/db/query-plans.test.ts) hold every shape to a bounded plan.
 *
 * The SQL is built from a FilterTemplate, not from a request's values, so that claim-queries.ts
 * can build it once per shape (prebuilt.ts) and only bind each request's values.
 */

export interface ClaimFilters {
  status?: string[];
  kind?: string[];
  speakerId?: string;
  topic?: string;
  /** An FTS5 query built by domain/text.ts ftsQuery(). */
  search?: string;
  updatedSince?: string;
  reviewDueBefore?: string;
  sourceUrl?: string;
  /** Open (not final) claims whose status has not changed since this instant. */
  staleSince?: string;
}

type Filter = Exclude<keyof ClaimFilters, "search">;

/** The filters a request gives a value for, bound as placeholders named after them. */
const VALUED = [
  "speakerId",
  "topic",
  "search",
  "updatedSince",
  "reviewDueBefore",
  "sourceUrl",
  "staleSince",
] as const satisfies readonly (keyof ClaimFilters)[];

/**
 * The filters as a list's SQL is built from them: status and kind lists as given (they are inlined,
 * see literal()), every other filter present a placeholder of its own name.
 */
export type FilterTemplate = Pick<ClaimFilters, "status" | "kind"> & {
  [K in (typeof VALUED)[number]]?: Placeholder;
};

export function templateOf(f: ClaimFilters): FilterTemplate {
  const template: FilterTemplate = { status: f.status, kind: f.kind };
  for (const name of VALUED) {
    if (f[name] !== undefined) template[name] = sql.placeholder(name);
  }
  return template;
}

/**
 * What a list's SQL text depends on: the status and kind lists, which other filters are present,
 * and whether a cursor is (`after`). Two requests with the same key differ only in bound values.
 */
export function shapeKey(f: ClaimFilters, after: boolean): string {
  return JSON.stringify([f.status, f.kind, VALUED.filter((name) => f[name] !== undefined), after]);
}

/** Placeholders for the rows wanted and the cursor (pageValues() binds them). */
const LIMIT = sql.placeholder("limit");
const AFTER = sql.placeholder("after");
/** firstIdAt(updatedSince), bound as a value so that the SQL does not change with the instant. */
const FIRST_ID = sql.placeholder("firstId");

/** The values of pageIdsSql()'s placeholders for one request. */
export function pageValues(f: ClaimFilters, limit: number, after: string | undefined): Record<string, unknown> {
  return { ...f, limit, after, firstId: f.updatedSince === undefined ? undefined : firstIdAt(f.updatedSince) };
}

const indexed = (index: string) => sql`${claims} indexed by ${sql.raw(index)}`;
const ID_ORDER = indexed("claims_id_unique");

/**
 * Status codes and kinds as SQL literals, not parameters: a list branches once per value (below),
 * each branch repeating the other conditions, and D1 binds at most 100 parameters per statement.
 * Only known codes get here (zod checks them); anything else is refused rather than inlined.
 */
function literal(value: string, known: readonly string[]): SQL {
  if (!known.includes(value)) throw new Error(`not a known code: ${value}`);
  return sql.raw(`'${value}'`);
}
const oneOf = (values: readonly string[], known: readonly string[]) =>
  sql.join(
    values.map((v) => literal(v, known)),
    sql`, `,
  );

/** Each filter as a condition on a claims row. */
export function conditions(f: FilterTemplate): Partial<Record<Filter, SQL>> {
  return {
    status: f.status && sql`${claims.status} in (${oneOf(f.status, STATUS_CODES)})`,
    kind: f.kind && sql`${claims.kind} in (${oneOf(f.kind, CLAIM_KINDS)})`,
    speakerId: f.speakerId === undefined ? undefined : eq(claims.speakerId, f.speakerId),
    topic:
      f.topic === undefined
        ? undefined
        : sql`exists (select 1 from ${claimTopics} where ${claimTopics.claimId} = ${claims.id} and ${claimTopics.topic} = ${f.topic})`,
    updatedSince: f.updatedSince === undefined ? undefined : gte(claims.updatedAt, f.updatedSince),
    reviewDueBefore: f.reviewDueBefore === undefined ? undefined : lt(claims.reviewDue, f.reviewDueBefore),
    sourceUrl: f.sourceUrl === undefined ? undefined : eq(claims.sourceUrl, f.sourceUrl),
    staleSince:
      f.staleSince === undefined
        ? undefined
        : sql`${lt(claims.statusUpdatedAt, f.staleSince)} and ${claims.status} in (${oneOf(OPEN_STATUSES, STATUS_CODES)})`,
  };
}

export type Part = SQL | undefined;

export const where = (parts: Part[]) => and(...parts) ?? sql`1`;

/** One branch: claims read through `source`, in id order, where every condition holds. */
const branch = (source: SQL, parts: Part[]) => sql`select ${claims.id} as page_id from ${source} where ${where(parts)}`;

/** D1 allows at most 5 terms in one compound SELECT; more values are merged in groups of 5. */
const COMPOUND_TERMS = 5;

/**
 * Newest first: one branch, or several merged (SQLite's MERGE of ordered UNION ALL branches, so a
 * filter with several values walks one index range per value and stops at the page).
 */
function newest(branches: SQL[], limit: SQL | Placeholder): SQL {
  if (branches.length === 0) return sql`select null as page_id where 0`;
  if (branches.length > COMPOUND_TERMS) {
    const groups: SQL[] = [];
    for (let i = 0; i < branches.length; i += COMPOUND_TERMS) {
      groups.push(sql`select page_id from (${newest(branches.slice(i, i + COMPOUND_TERMS), limit)})`);
    }
    return newest(groups, limit);
  }
  return sql`${sql.join(branches, sql` union all `)} order by page_id desc limit ${limit}`;
}

/**
 * A ULID-ordered id never sorts below this for a claim created at or after `instant`: ids begin
 * with their creation time (domain/ids.ts), so a claim with a greater id was created later.
 */
export function firstIdAt(instant: string): string {
  let ms = Math.max(0, Date.parse(instant));
  let time = "";
  for (let i = 0; i < 10; i++) {
    time = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  return `clm_${time}`;
}

/**
 * The SQL choosing a page of claim ids (`page_id`, newest first, `limit` rows) for non-search
 * filters, after the cursor when `after` holds. One filter drives (reads its index in id order, or
 * its range); the others are checked on the rows it reads. The driver is the filter likely to match
 * the fewest claims.
 */
export function pageIdsSql(f: FilterTemplate, after: boolean): SQL {
  const c = conditions(f);
  const position = after ? lt(claims.id, AFTER) : undefined;
  const others = (...drivers: Filter[]) =>
    (Object.entries(c) as [Filter, Part][]).filter(([name]) => !drivers.includes(name)).map(([, s]) => s);
  if (f.sourceUrl !== undefined) {
    return newest([branch(indexed("claims_source_url_unique"), [position, ...others()])], LIMIT);
  }
  if (f.speakerId !== undefined) {
    return newest([branch(indexed("claims_speaker_idx"), [position, ...others()])], LIMIT);
  }
  if (f.topic !== undefined) {
    // claim_topics is walked by (topic, claim_id) from the newest id; claims only for other filters.
    const rest = others("topic");
    const join = rest.some(Boolean) ? sql` cross join ${claims}` : sql``;
    return sql`select t.claim_id as page_id from ${claimTopics} t indexed by claim_topics_topic_idx${join}
      where t.topic = ${f.topic} ${after ? sql`and t.claim_id < ${AFTER}` : sql``}
      ${rest.some(Boolean) ? sql`and ${claims.id} = t.claim_id and ${where(rest)}` : sql``}
      order by t.claim_id desc limit ${LIMIT}`;
  }
  if (f.updatedSince !== undefined) {
    // Every claim created since the instant qualifies (updated_at >= created_at): those are read in
    // id order. Older claims that changed since come from the updated_at index, which reads every
    // claim changed since (new ones too), so only when the new ones do not fill the page.
    const rest = [position, ...others()];
    const created = newest([branch(ID_ORDER, [gte(claims.id, FIRST_ID), ...rest])], LIMIT);
    // LIMIT 0 (a full page of new claims) makes SQLite skip the index walk altogether.
    const wanted = sql`(select case when count(*) < ${LIMIT} then ${LIMIT} else 0 end from created)`;
    const changed = newest([branch(indexed("claims_updated_at_idx"), [lt(claims.id, FIRST_ID), ...rest])], wanted);
    return sql`with created as (${created})
      select page_id from created union all select page_id from (${changed})
      order by page_id desc limit ${LIMIT}`;
  }
  // One index range per status (or kind), merged: each stops once the page is full.
  const perValue = (index: string, column: SQL, values: readonly string[], known: readonly string[], rest: Part[]) =>
    newest(
      values.map((v) => branch(indexed(index), [sql`${column} = ${literal(v, known)}`, position, ...rest])),
      LIMIT,
    );
  if (f.staleSince !== undefined) {
    const open = OPEN_STATUSES.filter((s) => f.status === undefined || f.status.includes(s));
    const rest = [lt(claims.statusUpdatedAt, f.staleSince), ...others("staleSince", "status")];
    return perValue("claims_status_idx", sql`${claims.status}`, open, STATUS_CODES, rest);
  }
  if (f.status !== undefined) {
    return perValue("claims_status_idx", sql`${claims.status}`, f.status, STATUS_CODES, others("status"));
  }
  if (f.kind !== undefined) {
    return perValue("claims_kind_idx", sql`${claims.kind}`, f.kind, CLAIM_KINDS, others("kind"));
  }
  if (f.reviewDueBefore !== undefined) {
    // Only claims with a review date, newest first, the date checked inside the index.
    return newest([branch(indexed("claims_review_due_newest_idx"), [position, ...others()])], LIMIT);
  }
  return newest([branch(ID_ORDER, [position])], LIMIT);
}
