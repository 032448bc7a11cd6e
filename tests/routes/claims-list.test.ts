import { beforeAll, describe, expect, it } from "vitest";
import { callJson, createClaim, createKey, type Json } from "../helpers";

let editor: string;
const made: Record<string, Json> = {};

/** Seeds a small, known set of claims; this file's D1 holds only these. */
beforeAll(async () => {
  editor = (await createKey("editor")).key;
  made.blinken = await createClaim(editor, { topics: ["gaza", "ceasefire"], review_due: "2024-09-01" });
  made.lammy = await createClaim(editor, {
    text: "The humanitarian situation in Gaza is intolerable.",
    kind: "statement",
    speaker: { name: "David Lammy", title: "UK Foreign Secretary" },
    topics: ["gaza", "aid"],
    quantity: undefined,
    summary: undefined,
  });
  made.promise = await createClaim(editor, {
    text: "We will reopen the crossing within a week.",
    kind: "promise",
    speaker: { name: "Official Spokesperson" },
    topics: ["aid"],
    review_due: "2031-01-01",
    quantity: undefined,
    summary: undefined,
  });
  made.prediction = await createClaim(editor, {
    text: "Inflation will fall below 3 percent next year.",
    kind: "prediction",
    speaker: { name: "Central Banker" },
    topics: ["economy"],
    quantity: { value: 3, unit: "percent", qualifier: "less_than" },
    summary: undefined,
  });
  await callJson(`/v1/claims/${made.lammy.id}/updates`, { token: editor, body: { status: "under_review" } });
});

const ids = (body: Json): string[] => body.data.map((c: Json) => c.id);

describe("GET /v1/claims", () => {
  it("lists every claim newest first, with the documented envelope", async () => {
    const { res, body } = await callJson("/v1/claims");
    expect(res.status).toBe(200);
    expect(ids(body)).toEqual([made.prediction.id, made.promise.id, made.lammy.id, made.blinken.id]);
    expect(body.next_cursor).toBeNull();
    expect(body.data[0]).toMatchObject({ links: expect.any(Object), status: expect.any(Object) });
  });

  it("pages through with limit and cursor without skipping or repeating", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=1&cursor=${cursor}` : "?limit=1";
      const { body } = await callJson(`/v1/claims${query}`);
      expect(body.data).toHaveLength(1);
      seen.push(...ids(body));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual([made.prediction.id, made.promise.id, made.lammy.id, made.blinken.id]);
  });

  it("filters by status, one or several", async () => {
    expect(ids((await callJson("/v1/claims?status=under_review")).body)).toEqual([made.lammy.id]);
    const several = (await callJson("/v1/claims?status=under_review,unverified")).body;
    expect(ids(several)).toHaveLength(4);
  });

  it("filters by kind", async () => {
    expect(ids((await callJson("/v1/claims?kind=promise")).body)).toEqual([made.promise.id]);
    expect(ids((await callJson("/v1/claims?kind=prediction,statistic")).body)).toEqual([
      made.prediction.id,
      made.blinken.id,
    ]);
  });

  it("filters by speaker_id", async () => {
    const { body } = await callJson(`/v1/claims?speaker_id=${made.lammy.speaker.id}`);
    expect(ids(body)).toEqual([made.lammy.id]);
  });

  it("filters by topic, case-insensitively", async () => {
    expect(ids((await callJson("/v1/claims?topic=Aid")).body)).toEqual([made.promise.id, made.lammy.id]);
    expect(ids((await callJson("/v1/claims?topic=nothing")).body)).toEqual([]);
  });

  it("searches the text, the summary and the speaker, best match first", async () => {
    expect(ids((await callJson("/v1/claims?q=agreed")).body)).toEqual([made.blinken.id]);
    expect(ids((await callJson("/v1/claims?q=Lammy")).body)).toEqual([made.lammy.id]);
    expect(ids((await callJson("/v1/claims?q=reopen%20crossing")).body)).toEqual([made.promise.id]);
    expect(ids((await callJson("/v1/claims?q=issue")).body)).toEqual([made.blinken.id]);
    const gaza = ids((await callJson("/v1/claims?q=gaza")).body);
    expect(gaza.sort()).toEqual([made.blinken.id, made.lammy.id].sort());
  });

  it("pages through search results", async () => {
    const first = await callJson("/v1/claims?q=gaza&limit=1");
    expect(first.body.data).toHaveLength(1);
    const second = await callJson(`/v1/claims?q=gaza&limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.next_cursor).toBeNull();
    expect(ids(second.body)[0]).not.toBe(ids(first.body)[0]);
  });

  it("refuses a cursor from a different kind of listing", async () => {
    const search = await callJson("/v1/claims?q=gaza&limit=1");
    const { res, body } = await callJson(`/v1/claims?cursor=${search.body.next_cursor}`);
    expect(res.status).toBe(400);
    expect(body.code).toBe("invalid_cursor");
  });

  it("filters by updated_since", async () => {
    const { body } = await callJson(`/v1/claims?updated_since=${encodeURIComponent(made.prediction.updated_at)}`);
    expect(ids(body)).toContain(made.prediction.id);
    expect(ids(body)).toContain(made.lammy.id);
    expect(ids(body)).not.toContain(made.blinken.id);
    expect(ids((await callJson("/v1/claims?updated_since=2999-01-01T00:00:00Z")).body)).toEqual([]);
  });

  it("filters by review_due_before", async () => {
    expect(ids((await callJson("/v1/claims?review_due_before=2025-01-01")).body)).toEqual([made.blinken.id]);
    expect(ids((await callJson("/v1/claims?review_due_before=2032-01-01")).body)).toEqual([
      made.promise.id,
      made.blinken.id,
    ]);
  });

  it("combines filters with AND", async () => {
    expect(ids((await callJson("/v1/claims?topic=gaza&status=under_review")).body)).toEqual([made.lammy.id]);
    expect(ids((await callJson("/v1/claims?topic=gaza&kind=promise")).body)).toEqual([]);
  });

  it.each([
    ["limit=0"],
    ["limit=101"],
    ["limit=ten"],
    ["status=bogus"],
    ["kind=opinion"],
    ["updated_since=last-week"],
    ["review_due_before=2024-02-30"],
    ["cursor=%25%25"],
    ["q=%3F%21"],
    ["status=true&status=false"],
  ])("answers 400 for %s", async (query) => {
    const { res, body } = await callJson(`/v1/claims?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(body.status).toBe(400);
  });

  it("puts the field at fault in errors[]", async () => {
    const { body } = await callJson("/v1/claims?limit=500");
    expect(body.errors).toEqual([{ path: "limit", message: expect.any(String) }]);
  });
});
