import { eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { TimelineHead } from "../domain/timeline";
import { type ClaimFilters, type FilterTemplate, pageIdsSql, pageValues, shapeKey, templateOf } from "./claim-pages";
import { matchPageSql, searchPageSql, searchValues, termsJson } from "./claim-search";
import { type Db, qualified } from "./client";
import { batchPrebuilt, prebuilt, prebuiltShapes } from "./prebuilt";
import {
  type ClaimRow,
  claimAppearances,
  claims,
  claimTopics,
  type SpeakerRow,
  type StatusUpdateRow,
  speakers,
} from "./schema";
import { entryAsOf, timeline, timelineHead } from "./status-updates";

/** An appearance as the claim's JSON column carries it (see appearancesJson). */
export interface Appearance {
  article: { id: string; url: string; title: string | null; publisher: string | null; published_at: string | null };
  quote_context: string | null;
}

/** A claim with everything its API resource shows, read in one statement. */
export interface ClaimRecord {
  claim: ClaimRow;
  speaker: Pick<SpeakerRow, "id" | "name" | "title">;
  appearances: Appearance[];
  topics: string[];
}

// json(item) keeps each object as JSON, not as an escaped string, once it has passed a subquery.
const appearancesJson = sql<string>`(
  select json_group_array(json(item)) from (
    select json_object(
      'article', json_object('id', a.id, 'url', a.url, 'title', a.title, 'publisher', a.publisher,
                             'published_at', a.published_at),
      'quote_context', ca.quote_context) as item
    from ${claimAppearances} ca join articles a on a.id = ca.article_id
    where ca.claim_id = ${qualified(claims.id)}
    order by ca.created_at, ca.article_id))`;

const topicsJson = sql<string>`(
  select json_group_array(topic) from (
    select t.topic from ${claimTopics} t where t.claim_id = ${qualified(claims.id)} order by t.position))`;

const { rowId: _searchKey, ...claimColumns } = getTableColumns(claims);

const recordFields = {
  claim: claimColumns,
  // D1 returns batched rows keyed by column name, so every selected name must be unique:
  // the speaker's id is the claim's speaker_id, and the JSON columns get aliases.
  speaker: { name: speakers.name, title: speakers.title },
  appearances: appearancesJson.as("appearances_json"),
  topics: topicsJson.as("topics_json"),
};

export function selectClaimRecords(db: Db) {
  return db.select(recordFields).from(claims).innerJoin(speakers, eq(speakers.id, claims.speakerId));
}

/**
 * The claims of a page (SQL selecting `page_id`), hydrated. CROSS JOIN keeps the page the outer
 * loop: ordered by claim id, SQLite would otherwise rather walk the whole claims index in order and
 * look each claim up in the page.
 */
function hydratePage(db: Db, page: SQL) {
  return db
    .select(recordFields)
    .from(sql`(${page}) page`)
    .crossJoin(claims)
    .innerJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(sql`${claims.id} = page.page_id`);
}

export type SelectedClaim = Awaited<ReturnType<ReturnType<typeof selectClaimRecords>["all"]>>[number];

/** The speaker of a selected row: its id is the claim's speaker_id (see recordFields). */
export function speakerOf(row: SelectedClaim): ClaimRecord["speaker"] {
  return { id: row.claim.speakerId, ...row.speaker };
}

export function toRecord(row: SelectedClaim): ClaimRecord {
  return {
    claim: row.claim,
    speaker: speakerOf(row),
    appearances: JSON.parse(row.appearances) as Appearance[],
    topics: JSON.parse(row.topics) as string[],
  };
}

/** One claim by id (`{ id }`), built once per isolate (prebuilt.ts). */
export const claimById = prebuilt<{ id: string }, SelectedClaim>((db) =>
  selectClaimRecords(db)
    .where(eq(claims.id, sql.placeholder("id")))
    .limit(1),
);

/** What a claim read brings beside the claim: its whole timeline, or the entry current at an instant. */
export interface ClaimReadOptions {
  timeline?: boolean;
  asOf?: string;
}

/** One claim in one round trip: a single query, or one batch when its timeline or an `as_of` entry is wanted too. */
export async function findClaim(db: Db, id: string, options: ClaimReadOptions = {}): Promise<ClaimRead | null> {
  const { timeline: withTimeline = false, asOf } = options;
  const claim = claimById.bind(db, { id });
  if (withTimeline) {
    const [[row], entries] = await batchPrebuilt(db, [claim, timeline.bind(db, { claimId: id })]);
    const current = asOf === undefined ? undefined : entryAt(entries, asOf);
    return row ? { record: toRecord(row), timeline: entries, entryAsOf: current } : null;
  }
  if (asOf !== undefined) {
    const [[row], [entry]] = await batchPrebuilt(db, [claim, entryAsOf.bind(db, { claimId: id, asOf })]);
    return row ? { record: toRecord(row), entryAsOf: entry } : null;
  }
  const [row] = await claimById.all(db, { id });
  return row ? { record: toRecord(row) } : null;
}

/** The same entry as the entryAsOf read, from a timeline already in hand (oldest first). */
function entryAt(timeline: StatusUpdateRow[], asOf: string): StatusUpdateRow | undefined {
  return timeline.findLast((entry) => entry.createdAt <= asOf);
}

/** What the per-claim writer keeps in memory: the claim as the API shows it, and its timeline head. */
export interface ClaimState {
  record: ClaimRecord;
  head: TimelineHead;
}

/** The claim and its timeline head, in one batch; null when the claim does not exist. */
export async function loadClaimState(db: Db, id: string): Promise<ClaimState | null> {
  const [[row], [head]] = await batchPrebuilt(db, [claimById.bind(db, { id }), timelineHead.bind(db, { claimId: id })]);
  return row && head ? { record: toRecord(row), head } : null;
}

export interface ClaimRead {
  record: ClaimRecord;
  /** Oldest first; present when asked for. */
  timeline?: StatusUpdateRow[];
  /** With `asOf`: the entry current at that instant; undefined before the claim existed. */
  entryAsOf?: StatusUpdateRow;
}

export type { ClaimFilters } from "./claim-pages";

/** Where a page starts: after a claim id (newest-first lists) or at an offset (ranked search). */
export type ListPosition = { after: string | undefined } | { offset: number };

/** A claim of a list page, and whether another page follows (the same on every row). */
export type ListedClaim = SelectedClaim & { more: boolean };

const SHOWN = sql.placeholder("shown");

/**
 * A page's claims, hydrated: `ids` selects one claim more than the page shows (`page_id`, and
 * `page_rank` when ranked), only to say whether another page follows (`more`). The ids are kept
 * once (materialized) and only the first `shown` in `order` are hydrated: the extra claim's row,
 * speaker and JSON columns are never read.
 */
function hydrateShown(db: Db, ids: SQL, order: SQL) {
  const page = sql`with page as materialized (${ids})
    select page.*, (select count(*) from page) > ${SHOWN} as page_more from page order by ${order} limit ${SHOWN}`;
  return db
    .select({ ...recordFields, more: sql<boolean>`page.page_more`.mapWith(Boolean) })
    .from(sql`(${page}) page`)
    .crossJoin(claims)
    .innerJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(sql`${claims.id} = page.page_id`)
    .orderBy(order);
}

/** What a list's SQL is built from: the filters as placeholders, and whether a cursor is given. */
interface ListShape {
  filters: FilterTemplate;
  after: boolean;
}

/**
 * At most this many list and search shapes keep their SQL (prebuilt.ts): the API's and the desk's
 * usual lists are a few dozen shapes, and a client making up more only evicts the least used.
 */
export const LIST_SHAPES = 100;

/** List and search pages, their SQL built once per shape (0.3 to 0.6 ms of CPU each time, measured). */
export const listReads = prebuiltShapes<ListShape, Record<string, unknown>, ListedClaim>(
  LIST_SHAPES,
  (db, { filters, after }) =>
    filters.search === undefined
      ? hydrateShown(db, pageIdsSql(filters, after), sql`page_id desc`)
      : hydrateShown(db, searchPageSql(filters), sql`page_rank, page_id desc`),
);

/**
 * One page of claims, `limit` of them hydrated, and whether more follow. Newest first by id, or
 * best match first when searching, where the cursor is an offset because ranks are not stable keys.
 * claim-pages.ts picks the page's ids; only those rows are hydrated: SQLite would otherwise build
 * the JSON columns of every matching row before sorting.
 */
export function claimListQuery(db: Db, filters: ClaimFilters, limit: number, position: ListPosition) {
  const after = filters.search === undefined && "after" in position ? position.after : undefined;
  const read = listReads.read(shapeKey(filters, after !== undefined), {
    filters: templateOf(filters),
    after: after !== undefined,
  });
  const values =
    filters.search === undefined
      ? pageValues(filters, limit + 1, after)
      : searchValues(filters, filters.search, limit + 1, "offset" in position ? position.offset : 0);
  values.shown = limit;
  return { read, toSQL: () => read.toSQL(values), all: () => read.all(db, values) };
}

const bestMatchesRead = prebuilt<{ terms: string; limit: number }, SelectedClaim>((db) =>
  hydratePage(db, matchPageSql()).orderBy(sql`page.page_rank`, sql`page.page_id desc`),
);
const matchValues = (search: string, limit: number) => ({ terms: termsJson(search), limit });

/**
 * The best `limit` claims for the matcher's FTS5 query `search` (candidateQuery()), best first: the
 * matcher's candidate pool. Its SQL is built once per isolate like the lists' (building it per
 * request cost about as much as running it on a small table); each call binds its own values.
 */
export const bestMatches = {
  bind: (db: Db, search: string, limit: number) => bestMatchesRead.bind(db, matchValues(search, limit)),
  all: (db: Db, search: string, limit: number) => bestMatchesRead.all(db, matchValues(search, limit)),
  toSQL: (search: string, limit: number) => bestMatchesRead.toSQL(matchValues(search, limit)),
};

/**
 * A page of claims (`limit` at most), as selected: JSON columns unparsed, for toRecord() or for
 * claimResourceJson() to write them out as they are; and whether another page follows.
 */
export async function listClaims(
  db: Db,
  filters: ClaimFilters,
  limit: number,
  position: ListPosition,
): Promise<{ rows: SelectedClaim[]; more: boolean }> {
  const rows = await claimListQuery(db, filters, limit, position).all();
  return { rows, more: rows[0]?.more ?? false };
}

export interface ClaimSummaryRow {
  id: string;
  text: string;
  kind: ClaimRow["kind"];
  status: string;
  status_updated_at: string;
}

/** The newest 100 claims matching `condition` (on alias `c`), as one JSON column of ClaimSummaryRow. */
export function claimSummariesJson(condition: SQL) {
  return sql<string>`(
    select json_group_array(json(item)) from (
      select json_object('id', c.id, 'text', c.text, 'kind', c.kind, 'status', c.status,
                         'status_updated_at', c.status_updated_at) as item
      from ${claims} c where ${condition} order by c.id desc limit 100))`;
}

/** The claim imported from a published review, if any (an empty URL matches none). */
export function claimBySourceQuery(db: Db, sourceUrl: string | undefined) {
  return db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.sourceUrl, sourceUrl ?? ""))
    .limit(1);
}
