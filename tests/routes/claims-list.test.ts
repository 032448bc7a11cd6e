import { beforeAll, describe, expect, it } from "vitest";
import {
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  type StatusUpdateBody,
} from "../helpers";

let editor: string;
let blinken: ClaimBody;
let lammy: ClaimBody;
let promise: ClaimBody;
let prediction: ClaimBody;

/** Seeds a small, known set of claims; this file's D1 holds only these. */
beforeAll(async () => {
  editor = (await createKey("editor")).key;
  blinken = await createClaim(editor, { topics: ["gaza", "ceasefire"], review_due: "2024-09-01" });
  lammy = await createClaim(editor, {
    text: "The humanitarian situation in Gaza is intolerable.",
    kind: "statement",
    speaker: { name: "David Lammy", title: "UK Foreign Secretary" },
    topics: ["gaza", "aid"],
    quantity: undefined,
    summary: undefined,
  });
  promise = await createClaim(editor, {
    text: "We will reopen the crossing within a week.",
    kind: "promise",
    speaker: { name: "Official Spokesperson" },
    topics: ["aid"],
    review_due: "2031-01-01",
    quantity: undefined,
    summary: undefined,
  });
  prediction = await createClaim(editor, {
    text: "Inflation will fall below 3 percent next year.",
    kind: "prediction",
    speaker: { name: "Central Banker" },
    topics: ["economy"],
    quantity: { value: 3, unit: "percent", qualifier: "less_than" },
    summary: undefined,
  });
  const review = await callJson<StatusUpdateBody>(`/v1/claims/${lammy.id}/updates`, {
    token: editor,
    body: { status: "under_review" },
  });
  if (review.res.status !== 201) throw new Error(`seeding the under_review update failed: ${review.res.status}`);
});

function list(query = "") {
  return callJson<ListBody<ClaimBody>>(`/v1/claims${query}`);
}

/** The ids a listing answers, in order. */
async function ids(query: string): Promise<string[]> {
  const { res, body } = await list(query);
  expect(res.status, query).toBe(200);
  return body.data.map((c) => c.id);
}

describe("GET /v1/claims", () => {
  it("lists every claim newest first, with the documented envelope", async () => {
    const { res, body } = await list();
    expect(res.status).toBe(200);
    expect(body.data.map((c) => c.id)).toEqual([prediction.id, promise.id, lammy.id, blinken.id]);
    expect(body.next_cursor).toBeNull();
    expect(body.data[0]).toEqual(prediction);
    expect(body.data[2]).toMatchObject({ id: lammy.id, status: { code: "under_review" }, version: 2 });
  });

  it("pages through with limit and cursor without skipping or repeating", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=1&cursor=${cursor}` : "?limit=1";
      const { res, body } = await list(query);
      expect(res.status).toBe(200);
      expect(body.data).toHaveLength(1);
      seen.push(...body.data.map((c) => c.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual([prediction.id, promise.id, lammy.id, blinken.id]);
  });

  it("filters by status, one or several", async () => {
    expect(await ids("?status=under_review")).toEqual([lammy.id]);
    expect(await ids("?status=under_review,unverified")).toEqual([prediction.id, promise.id, lammy.id, blinken.id]);
    expect(await ids("?status=unverified,under_review,unverified")).toEqual([
      prediction.id,
      promise.id,
      lammy.id,
      blinken.id,
    ]);
    expect(await ids("?kind=promise,promise")).toEqual([promise.id]);
  });

  it("filters by kind", async () => {
    expect(await ids("?kind=promise")).toEqual([promise.id]);
    expect(await ids("?kind=prediction,statistic")).toEqual([prediction.id, blinken.id]);
  });

  it("filters by speaker_id", async () => {
    expect(await ids(`?speaker_id=${lammy.speaker.id}`)).toEqual([lammy.id]);
  });

  it("filters by topic, case-insensitively", async () => {
    expect(await ids("?topic=Aid")).toEqual([promise.id, lammy.id]);
    expect(await ids("?topic=nothing")).toEqual([]);
  });

  it("searches the text, the summary and the speaker, best match first", async () => {
    expect(await ids("?q=agreed")).toEqual([blinken.id]);
    expect(await ids("?q=Lammy")).toEqual([lammy.id]);
    expect(await ids("?q=reopen%20crossing")).toEqual([promise.id]);
    expect(await ids("?q=issue")).toEqual([blinken.id]);
    const gaza = await ids("?q=gaza");
    expect(gaza.sort()).toEqual([blinken.id, lammy.id].sort());
  });

  it("matches the last word as a prefix, as typed so far, short or long", async () => {
    // Two to six characters come from the prefix index (migrations/0011); longer ones are expanded.
    expect(await ids("?q=pe")).toEqual([prediction.id, blinken.id]);
    expect(await ids("?q=perc")).toEqual([prediction.id, blinken.id]);
    expect(await ids("?q=humanitari")).toEqual([lammy.id]);
    expect(await ids("?q=humanitarian%20situ")).toEqual([lammy.id]);
  });

  it("pages through search results", async () => {
    const first = await list("?q=gaza&limit=1");
    expect(first.body.data).toHaveLength(1);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await list(`?q=gaza&limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.next_cursor).toBeNull();
    const both = [...first.body.data, ...second.body.data].map((c) => c.id);
    expect(both.sort()).toEqual([blinken.id, lammy.id].sort());
  });

  it("refuses a cursor from a different kind of listing", async () => {
    const search = await list("?q=gaza&limit=1");
    expect(search.body.next_cursor).toEqual(expect.any(String));
    const res = await call(`/v1/claims?cursor=${search.body.next_cursor}`);
    await expectProblem(res, 400, "invalid_cursor");
  });

  it("filters by updated_since", async () => {
    const since = await ids(`?updated_since=${encodeURIComponent(prediction.updated_at)}`);
    expect(since).toContain(prediction.id);
    expect(since).toContain(lammy.id);
    expect(since).not.toContain(blinken.id);
    expect(await ids("?updated_since=2999-01-01T00:00:00Z")).toEqual([]);
  });

  it("filters by review_due_before", async () => {
    expect(await ids("?review_due_before=2025-01-01")).toEqual([blinken.id]);
    expect(await ids("?review_due_before=2032-01-01")).toEqual([promise.id, blinken.id]);
  });

  it("combines filters with AND", async () => {
    expect(await ids("?topic=gaza&status=under_review")).toEqual([lammy.id]);
    expect(await ids("?topic=gaza&kind=promise")).toEqual([]);
  });

  it.each([
    ["limit=0", "validation_failed", ["limit"]],
    ["limit=101", "validation_failed", ["limit"]],
    ["limit=ten", "validation_failed", ["limit"]],
    ["status=bogus", "validation_failed", ["status[0]"]],
    ["kind=opinion", "validation_failed", ["kind[0]"]],
    ["updated_since=last-week", "validation_failed", ["updated_since"]],
    ["review_due_before=2024-02-30", "validation_failed", ["review_due_before"]],
    ["cursor=%25%25", "invalid_cursor", undefined],
    ["q=%3F%21", "validation_failed", ["q"]],
    ["status=true&status=false", "validation_failed", ["status"]],
  ])("answers 400 for %s (%s)", async (query, code, paths) => {
    const problem = await expectProblem(await call(`/v1/claims?${query}`), 400, code);
    if (paths) expect(problem.errors?.map((e) => e.path)).toEqual(paths);
  });

  it("puts the field at fault in errors[]", async () => {
    const problem = await expectProblem(await call("/v1/claims?limit=500"), 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "limit", message: expect.any(String) }]);
  });
});
