import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimFilters, claimListQuery, LIST_SHAPES, listReads } from "../../src/db/claim-queries";
import { createDb } from "../../src/db/client";
import { STATUS_CODES } from "../../src/domain/statuses";
import { ftsQuery } from "../../src/domain/text";
import worker from "../../src/index";
import { type ClaimBody, createClaim, createKey, type ListBody, ORIGIN } from "../helpers";

/**
 * List and search pages are built once per shape (claim-queries.ts listReads, prebuilt.ts) and
 * hydrate only the claims they show. This file's module instance is the Worker's own (imported,
 * not called through the pool), so the cache the requests fill is the one these tests look at.
 */

const db = createDb(env.DB);
const SPEAKER = "spk_01J8ZX4Q9M2F6T0R3W5Y7A1B2C";
const OTHER_SPEAKER = "spk_01J8ZX4Q9M2F6T0R3W5Y7A1B2D";

let claims: ClaimBody[] = [];

beforeAll(async () => {
  const editor = (await createKey("editor")).key;
  for (const n of [1, 2, 3, 4]) {
    claims.push(await createClaim(editor, { text: `Harbour dredging claim number ${n}.`, topics: ["harbour"] }));
  }
  claims = claims.reverse();
});

async function get(path: string) {
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`), env, createExecutionContext());
  return { res, body: await res.json<ListBody<ClaimBody>>() };
}

describe("list SQL built once per shape", () => {
  it("a second request of the same shape with other values reuses the first one's SQL", async () => {
    const first = await get(`/v1/claims?status=misleading,false&kind=statistic&speaker_id=${SPEAKER}&limit=5`);
    expect(first.res.status).toBe(200);
    const kept = listReads.size;
    const second = await get(`/v1/claims?status=misleading,false&kind=statistic&speaker_id=${OTHER_SPEAKER}&limit=9`);
    expect(second.res.status).toBe(200);
    expect(listReads.size).toBe(kept);
    // The same statuses in another order, or repeated, are the same shape; other statuses are not.
    const reordered = await get(`/v1/claims?status=false,misleading,false&kind=statistic&speaker_id=${SPEAKER}`);
    expect(reordered.res.status).toBe(200);
    expect(listReads.size).toBe(kept);
    const third = await get(`/v1/claims?status=false,true&kind=statistic&speaker_id=${SPEAKER}`);
    expect(third.res.status).toBe(200);
    expect(listReads.size).toBe(kept + 1);
  });

  it("binds every value a request gives and inlines only the status and kind lists", () => {
    const one: ClaimFilters = { status: ["true"], topic: "economy", updatedSince: "2026-01-01T00:00:00.000Z" };
    const other: ClaimFilters = { status: ["true"], topic: "health", updatedSince: "2025-03-04T05:06:07.000Z" };
    const a = claimListQuery(db, one, 20, { after: "clm_01J8ZX4Q9M2F6T0R3W5Y7A1B2C" });
    const b = claimListQuery(db, other, 3, { after: "clm_01J8ZX4Q9M2F6T0R3W5Y7A1B2D" });
    expect(b.read).toBe(a.read);
    expect(b.toSQL().sql).toBe(a.toSQL().sql);
    expect(b.toSQL().params).not.toEqual(a.toSQL().params);
    expect(b.toSQL().params).toEqual(expect.arrayContaining(["health", "clm_01J8ZX4Q9M2F6T0R3W5Y7A1B2D", 4, 3]));
    for (const value of ["health", "2025-03-04T05:06:07.000Z", "clm_01J8ZX4Q9M2F6T0R3W5Y7A1B2D"]) {
      expect(b.toSQL().sql).not.toContain(value);
    }
    // Without a cursor, or with another status, the SQL differs: another shape.
    expect(claimListQuery(db, other, 3, { after: undefined }).read).not.toBe(a.read);
    expect(claimListQuery(db, { ...other, status: ["false"] }, 3, { after: "clm_x" }).read).not.toBe(a.read);
  });

  it("searches share one SQL text whatever the words, offset and filters' values", () => {
    const a = claimListQuery(db, { search: ftsQuery("harbour") ?? "", topic: "a" }, 20, { offset: 0 });
    const b = claimListQuery(db, { search: ftsQuery('dredging "of" the harb') ?? "", topic: "b" }, 5, { offset: 40 });
    expect(b.read).toBe(a.read);
    expect(b.toSQL().sql).toBe(a.toSQL().sql);
    expect(b.toSQL().sql).not.toContain("dredging");
  });

  it("keeps at most LIST_SHAPES shapes, dropping the least recently used", () => {
    const shapes: ClaimFilters[] = STATUS_CODES.flatMap((one) => STATUS_CODES.map((two) => ({ status: [one, two] })));
    expect(shapes.length).toBeGreaterThan(LIST_SHAPES * 1.5);
    const read = (f: ClaimFilters) => claimListQuery(db, f, 20, { after: undefined }).read;
    const [oldest, recent, ...rest] = shapes as [ClaimFilters, ClaimFilters, ...ClaimFilters[]];
    const oldestRead = read(oldest);
    const recentRead = read(recent);
    for (const [i, f] of rest.entries()) {
      read(f);
      // `recent` is used again and again, so it is never the least recently used.
      if (i % 10 === 0) expect(read(recent)).toBe(recentRead);
      expect(listReads.size).toBeLessThanOrEqual(LIST_SHAPES);
    }
    expect(listReads.size).toBe(LIST_SHAPES);
    expect(read(recent)).toBe(recentRead);
    expect(read(oldest)).not.toBe(oldestRead);
  });
});

describe("a page of N claims hydrates N", () => {
  /** The rows the page's one statement answers, run as the app runs it. */
  async function statementRows(
    filters: ClaimFilters,
    limit: number,
    position: { after?: string } | { offset: number },
  ) {
    const { sql, params } = claimListQuery(db, filters, limit, { after: undefined, ...position }).toSQL();
    return env.DB.prepare(sql)
      .bind(...params)
      .raw();
  }

  it("answers only the claims shown, and says another page follows", async () => {
    for (const limit of [1, 2, 3]) {
      const rows = await statementRows({ topic: "harbour" }, limit, {});
      expect(rows).toHaveLength(limit);
      expect(rows.map((row) => row[0])).toEqual(claims.slice(0, limit).map((c) => c.id));
      const page = await claimListQuery(db, { topic: "harbour" }, limit, { after: undefined }).all();
      expect(page.map((row) => [row.claim.id, row.more])).toEqual(claims.slice(0, limit).map((c) => [c.id, true]));
    }
    const search = { search: ftsQuery("harbour dredging") ?? "" };
    for (const offset of [0, 1, 2]) {
      expect(await statementRows(search, 2, { offset })).toHaveLength(2);
    }
  });

  it("says no page follows when the last claims fill the page exactly", async () => {
    const page = await claimListQuery(db, { topic: "harbour" }, 4, { after: undefined }).all();
    expect(page.map((row) => [row.claim.id, row.more])).toEqual(claims.map((c) => [c.id, false]));
    const last = await claimListQuery(db, { topic: "harbour" }, 2, { after: claims[1]?.id }).all();
    expect(last.map((row) => [row.claim.id, row.more])).toEqual(claims.slice(2).map((c) => [c.id, false]));
    expect(await claimListQuery(db, { topic: "nothing-here" }, 2, { after: undefined }).all()).toEqual([]);
  });

  it("still gives the next cursor that the extra id implies", async () => {
    const first = await get("/v1/claims?topic=harbour&limit=3");
    expect(first.body.data.map((c) => c.id)).toEqual(claims.slice(0, 3).map((c) => c.id));
    expect(first.body.next_cursor).not.toBeNull();
    const second = await get(`/v1/claims?topic=harbour&limit=3&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((c) => c.id)).toEqual([claims[3]?.id]);
    expect(second.body.next_cursor).toBeNull();
  });
});
