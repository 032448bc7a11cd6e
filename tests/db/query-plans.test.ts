import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { bestMatches, type ClaimFilters, claimById, claimListQuery } from "../../src/db/claim-queries";
import { createDb } from "../../src/db/client";
import { entryAsOf, timeline, timelineHead, timelinePageQuery } from "../../src/db/status-updates";
import { candidateQuery, querySubject } from "../../src/domain/matching";
import { OPEN_STATUSES, STATUS_CODES } from "../../src/domain/statuses";
import { ftsQuery } from "../../src/domain/text";

/**
 * Every hot read's plan, from the same builders the app runs, must stay bounded however many
 * claims there are: no full scan of a table that grows with the data, and no temporary B-tree fed
 * by one. Plans do not depend on the rows (D1 keeps no statistics), so an empty database will do.
 */

const db = createDb(env.DB);

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

type Query = { toSQL(): { sql: string; params: unknown[] } };

async function planOf(query: Query): Promise<PlanRow[]> {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`explain query plan ${sql}`)
    .bind(...params)
    .all<PlanRow>();
  return results;
}

/** Tables (and the aliases the queries give them) that grow with the data. */
const GROWING = /^SCAN (claims|status_updates|claim_topics|claim_appearances|speakers|articles|t|ca|a)( |$)/;

/** The plan as indented lines, for failure messages. */
const show = (plan: PlanRow[]) => plan.map((row) => `${row.parent}>${row.id} ${row.detail}`).join("\n");

/**
 * What may feed a temporary B-tree: a page or window already cut by its LIMIT, lookups of one claim
 * (its row, its appearances, topics and speaker), and the claims changed since an instant (the one
 * range sorted by id; claim-pages.ts reads it only when the newer claims do not fill the page).
 */
const BOUNDED_FEED =
  /^SCAN (page|m|created|\(subquery-\d+\))$|\((id|claim_id|rowid)=\?\)$|claims_updated_at_idx \(updated_at>\?\)$/;

/** An FTS5 read: its idxNum says how it is ordered (0x20 by rank, 0x40 by rowid, 0x80 descending). */
const FTS = /^SCAN claims_fts VIRTUAL TABLE INDEX (\d+):(.*)$/;

/**
 * Asserts a bounded plan: no full scan of a growing table (except `allowedScan`, an index walked in
 * id order inside the page selection, which its LIMIT stops); FTS5 read only through MATCH, never
 * ordered by rank (FTS5 would rank every match first); temporary B-trees only over bounded input.
 */
function expectBounded(plan: PlanRow[], allowedScan?: string) {
  const byId = new Map(plan.map((row) => [row.id, row]));
  const inPage = (row: PlanRow) => {
    for (let up = byId.get(row.parent); up; up = byId.get(up.parent)) {
      if (/^(CO-ROUTINE|MATERIALIZE) page$/.test(up.detail)) return true;
    }
    return false;
  };
  for (const row of plan) {
    if (GROWING.test(row.detail)) {
      expect(row.detail === allowedScan && inPage(row), `full scan:\n${show(plan)}`).toBe(true);
    }
    const fts = FTS.exec(row.detail);
    if (fts) {
      expect(fts[2], `FTS5 read without MATCH:\n${show(plan)}`).toMatch(/M/);
      expect(Number(fts[1]) & 0x20, `FTS5 ordered by rank:\n${show(plan)}`).toBe(0);
    }
    if (row.detail.startsWith("USE TEMP B-TREE")) {
      const feeders = plan.filter((o) => o.parent === row.parent && /^(SCAN|SEARCH) /.test(o.detail));
      expect(
        feeders.filter((f) => !BOUNDED_FEED.test(f.detail)),
        `unbounded sort:\n${show(plan)}`,
      ).toEqual([]);
    }
  }
}

const details = (plan: PlanRow[]) => plan.map((row) => row.detail);

/** The hydrated page: the page is the outer loop and each claim is found by id. */
function expectHydratedById(plan: PlanRow[]) {
  const top = plan.filter((row) => row.parent === 0).map((row) => row.detail);
  expect(top, show(plan)).toContain("SCAN page");
  expect(top, show(plan)).toContain("SEARCH claims USING INDEX claims_id_unique (id=?)");
}

const CLAIM = "clm_01J8ZX4Q9M2F6T0R3W5Y7A1B2C";
const SPEAKER = "spk_01J8ZX4Q9M2F6T0R3W5Y7A1B2C";
const list = (filters: ClaimFilters, after?: string) => claimListQuery(db, filters, 20, { after });

/** [name, filters, the index line that drives the page] */
const FILTERS: [string, ClaimFilters, RegExp][] = [
  ["one status", { status: ["under_review"] }, /claims_status_idx \(status=\?/],
  ["several statuses", { status: ["true", "false", "misleading"] }, /claims_status_idx \(status=\?/],
  ["every status (merged in groups of five)", { status: [...STATUS_CODES] }, /claims_status_idx \(status=\?/],
  ["one kind", { kind: ["promise"] }, /claims_kind_idx \(kind=\?/],
  ["several kinds", { kind: ["prediction", "promise"] }, /claims_kind_idx \(kind=\?/],
  ["speaker_id", { speakerId: SPEAKER }, /claims_speaker_idx \(speaker_id=\?/],
  ["topic", { topic: "economy" }, /SEARCH t USING COVERING INDEX claim_topics_topic_idx \(topic=\?/],
  ["topic and status", { topic: "economy", status: ["true"] }, /claim_topics_topic_idx \(topic=\?/],
  ["updated_since", { updatedSince: "2026-01-01T00:00:00.000Z" }, /claims_updated_at_idx \(updated_at>\?/],
  ["review_due_before", { reviewDueBefore: "2026-01-01" }, /claims_review_due_newest_idx/],
  ["stale_days", { staleSince: "2026-01-01T00:00:00.000Z" }, /claims_status_idx \(status=\?/],
  ["source_url", { sourceUrl: "https://factcheck.example/review/1" }, /claims_source_url_unique \(source_url=\?/],
  [
    "the desk's due view (open statuses, due before a date)",
    { status: [...OPEN_STATUSES], reviewDueBefore: "2026-01-01" },
    /claims_status_idx \(status=\?/,
  ],
  [
    "every filter at once",
    {
      status: ["true"],
      kind: ["statement"],
      speakerId: SPEAKER,
      topic: "economy",
      updatedSince: "2026-01-01T00:00:00.000Z",
      reviewDueBefore: "2026-01-01",
      staleSince: "2026-01-01T00:00:00.000Z",
    },
    /claims_speaker_idx \(speaker_id=\?/,
  ],
];

describe("query plans of the hot reads", () => {
  it("one claim is found by id", async () => {
    const plan = await planOf({ toSQL: () => claimById.toSQL({ id: CLAIM }) });
    expectBounded(plan);
    expect(details(plan)).toContain("SEARCH claims USING INDEX claims_id_unique (id=?)");
  });

  it("the newest claims walk the id index from the end and stop at the page", async () => {
    const plan = await planOf(list({}));
    expectBounded(plan, "SCAN claims USING COVERING INDEX claims_id_unique");
    expectHydratedById(plan);
  });

  it("the next page seeks past its cursor", async () => {
    const plan = await planOf(list({}, CLAIM));
    expectBounded(plan);
    expect(details(plan)).toContain("SEARCH claims USING COVERING INDEX claims_id_unique (id<?)");
  });

  it.each(FILTERS)("filter: %s", async (_name, filters, driver) => {
    for (const after of [undefined, CLAIM]) {
      const plan = await planOf(list(filters, after));
      expectBounded(plan, "SCAN claims USING COVERING INDEX claims_review_due_newest_idx");
      expect(
        details(plan).some((d) => driver.test(d)),
        show(plan),
      ).toBe(true);
      expectHydratedById(plan);
    }
  });

  it.each([
    ["one word", "unemployment"],
    ["several words", "unemployment in leeds"],
  ])("search (%s) ranks inside FTS5 at most the newest matches, then finds each by rowid", async (_name, q) => {
    for (const filters of [{}, { topic: "economy", status: ["true"] }]) {
      const search = ftsQuery(q) ?? "";
      for (const offset of [0, 40]) {
        const plan = await planOf(claimListQuery(db, { ...filters, search }, 20, { offset }));
        expectBounded(plan);
        // 192: by rowid, descending, so the LIMIT stops FTS5 at the newest matches.
        expect(
          details(plan).some((d) => /^SCAN claims_fts VIRTUAL TABLE INDEX 192:M/.test(d)),
          show(plan),
        ).toBe(true);
        expect(details(plan)).toContain("SEARCH claims USING INTEGER PRIMARY KEY (rowid=?)");
        expectHydratedById(plan);
      }
    }
  });

  it("the matcher's candidates come from FTS5 the same way", async () => {
    const search = candidateQuery([querySubject("Unemployment in Leeds fell by 12 percent since 2019", "en")]) ?? "";
    const plan = await planOf({ toSQL: () => bestMatches.toSQL(search, 50) });
    expectBounded(plan);
    expect(details(plan)).toContain("SEARCH claims USING INTEGER PRIMARY KEY (rowid=?)");
    expectHydratedById(plan);
  });

  it("a timeline page, the whole timeline, its head and as_of use (claim_id, seq)", async () => {
    for (const query of [
      timelinePageQuery(db, CLAIM, 100, 500),
      { toSQL: () => timeline.toSQL({ claimId: CLAIM }) },
      { toSQL: () => timelineHead.toSQL({ claimId: CLAIM }) },
      { toSQL: () => entryAsOf.toSQL({ claimId: CLAIM, asOf: "2024-08-20T14:03:00.000Z" }) },
    ]) {
      const plan = await planOf(query);
      expectBounded(plan);
      expect(
        details(plan).some((d) => d.includes("status_updates_claim_seq_idx (claim_id=?")),
        show(plan),
      ).toBe(true);
      expect(
        details(plan).some((d) => d.startsWith("USE TEMP B-TREE")),
        show(plan),
      ).toBe(false);
    }
  });
});
