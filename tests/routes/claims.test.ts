import { beforeAll, describe, expect, it } from "vitest";
import {
  BLINKEN_QUOTE,
  blinkenClaim,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  ORIGIN,
  type StatusUpdateBody,
} from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

/** The article of a claim that appears in exactly one. */
function articleOf(claim: ClaimBody): ClaimBody["appearances"][number]["article"] {
  expect(claim.appearances).toHaveLength(1);
  const [appearance] = claim.appearances;
  if (!appearance) throw new Error(`claim ${claim.id} has no appearance`);
  return appearance.article;
}

/** The paths named by a validation problem's errors[]. */
function errorPaths(problem: { errors?: { path: string }[] }): string[] {
  expect(problem.errors, "errors[]").toBeDefined();
  return (problem.errors ?? []).map((e) => e.path);
}

function patch(id: string, body: unknown, headers: Record<string, string> = {}) {
  return callJson<ClaimBody>(`/v1/claims/${id}`, { method: "PATCH", token: editor, body, headers });
}

function postUpdate(id: string, status: string, note?: string) {
  return callJson<StatusUpdateBody>(`/v1/claims/${id}/updates`, { token: editor, body: { status, note } });
}

describe("POST /v1/claims", () => {
  it("creates the worked example with its speaker, article, quantity and first timeline entry", async () => {
    const { res, body } = await callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim() });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/claims/${body.id}`);
    expect(res.headers.get("ETag")).toBe('"v1"');
    expect(body).toMatchObject({
      id: expect.stringMatching(/^clm_[0-9A-Z]{26}$/),
      text: BLINKEN_QUOTE,
      kind: "statistic",
      speaker: { id: expect.stringMatching(/^spk_/), name: "Antony Blinken", title: "US Secretary of State" },
      language: "en",
      topics: ["gaza", "ceasefire"],
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      appearances: [
        {
          article: {
            id: expect.stringMatching(/^art_/),
            url: "https://news.example/world/us-uk-joint-statement",
            title: "US and UK issue joint statement on Gaza ceasefire talks",
            publisher: "Example News",
            published_at: "2024-08-20T14:03:00.000Z",
          },
          quote_context: expect.stringContaining("Blinken told reporters"),
        },
      ],
      status: { code: "unverified", label: "Not yet rated", rating_value: null, final: false },
      version: 1,
      links: {
        self: `${ORIGIN}/v1/claims/${body.id}`,
        page: `${ORIGIN}/claims/${body.id}`,
        embed: `${ORIGIN}/embed/claims/${body.id}`,
        badge: `${ORIGIN}/embed/claims/${body.id}/badge.svg`,
        claimreview: `${ORIGIN}/v1/claims/${body.id}/claimreview`,
      },
    });
    expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const timeline = await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${body.id}/updates`);
    expect(timeline.body.data).toHaveLength(1);
    expect(timeline.body.data[0]).toMatchObject({ status: "unverified", previous_status: null, prev_hash: "" });
  });

  it("finds the same speaker by name and the same article by canonical URL", async () => {
    const first = await createClaim(editor);
    const second = await createClaim(editor, {
      text: "A second quote from the same briefing.",
      speaker: { name: "antony  BLINKEN" },
      article: { url: "https://NEWS.example/world/us-uk-joint-statement/#top" },
    });
    expect(second.id).not.toBe(first.id);
    expect(second.speaker.id).toBe(first.speaker.id);
    expect(second.speaker.title).toBe("US Secretary of State");
    expect(articleOf(second).id).toBe(articleOf(first).id);
  });

  it("takes a speaker and an article by id", async () => {
    const first = await createClaim(editor);
    const second = await createClaim(editor, {
      speaker: { id: first.speaker.id },
      article: { id: articleOf(first).id },
    });
    expect(second.speaker).toEqual(first.speaker);
    expect(articleOf(second)).toEqual(articleOf(first));
  });

  it("creates a claim with only the required fields and the documented defaults", async () => {
    const { res, body } = await callJson<ClaimBody>("/v1/claims", {
      token: editor,
      body: { text: "We will finish the bridge by 2027.", speaker: { name: "Mayor Example" } },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/claims/${body.id}`);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^clm_/),
      text: "We will finish the bridge by 2027.",
      kind: "statement",
      language: "en",
      topics: [],
      quantity: null,
      summary: null,
      claimed_at: null,
      review_due: null,
      appearances: [],
      speaker: { name: "Mayor Example", title: null },
      status: { code: "unverified" },
      version: 1,
    });
  });

  it("answers 404 for a speaker or article id that does not exist", async () => {
    const speaker = await call("/v1/claims", {
      token: editor,
      body: blinkenClaim({ speaker: { id: "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" } }),
    });
    await expectProblem(speaker, 404, "speaker_not_found");
    const article = await call("/v1/claims", {
      token: editor,
      body: blinkenClaim({ article: { id: "art_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" } }),
    });
    await expectProblem(article, 404, "article_not_found");
  });

  it("refuses a speaker given both by id and by name", async () => {
    const res = await call("/v1/claims", {
      token: editor,
      body: blinkenClaim({ speaker: { id: "spk_x", name: "Someone" } }),
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toContainEqual({ path: "speaker", message: "give either id or name" });
  });

  it("refuses speaker names without a letter or digit, which could not be told apart", async () => {
    const res = await call("/v1/claims", { token: editor, body: blinkenClaim({ speaker: { name: "???" } }) });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(errorPaths(problem)).toEqual(["speaker.name"]);
  });

  it("refuses text with a lone surrogate, which D1 would not store as sent", async () => {
    const res = await call("/v1/claims", { token: editor, body: blinkenClaim({ text: "Broken \ud800 text" }) });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "text", message: expect.stringContaining("Unicode") }]);
  });

  it("needs an editor key", async () => {
    const res = await call("/v1/claims", { body: blinkenClaim() });
    await expectProblem(res, 401, "unauthenticated");
    expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  it("accepts the bearer scheme in any case", async () => {
    const { res, body } = await callJson<ClaimBody>("/v1/claims", {
      body: blinkenClaim(),
      headers: { Authorization: `bearer ${editor}` },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/claims/${body.id}`);
    expect(body).toMatchObject({ id: expect.stringMatching(/^clm_/), text: BLINKEN_QUOTE, version: 1 });
  });
});

describe("Idempotency-Key on POST /v1/claims", () => {
  it("replays the first response instead of creating a second claim", async () => {
    const headers = { "Idempotency-Key": "create-blinken-1" };
    const first = await callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    const again = await callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    expect(first.res.status).toBe(201);
    expect(again.res.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.res.headers.get("Location")).toBe(`${ORIGIN}/v1/claims/${first.body.id}`);
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(first.res.headers.get("Idempotent-Replayed")).toBeNull();
    const listed = await callJson<ListBody<ClaimBody>>(`/v1/claims?limit=100`);
    expect(listed.body.data.filter((c) => c.id === first.body.id)).toHaveLength(1);
  });

  it("answers 422 when the key comes back with a different body", async () => {
    const headers = { "Idempotency-Key": "create-blinken-2" };
    const first = await callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    expect(first.res.status).toBe(201);
    const other = await call("/v1/claims", { token: editor, body: blinkenClaim({ text: "Different." }), headers });
    await expectProblem(other, 422, "idempotency_key_reused");
  });

  it("keeps keys per credential: another key's same Idempotency-Key is a new request", async () => {
    const headers = { "Idempotency-Key": "shared-key" };
    const other = (await createKey("editor", "second editor")).key;
    const a = await callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    const b = await callJson<ClaimBody>("/v1/claims", { token: other, body: blinkenClaim(), headers });
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    expect(b.res.headers.get("Idempotent-Replayed")).toBeNull();
    expect(b.body.id).toMatch(/^clm_/);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it("lets only one of two concurrent requests with the same key create", async () => {
    const headers = { "Idempotency-Key": "concurrent-1" };
    const [a, b] = await Promise.all([
      callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim({ text: "Concurrent." }), headers }),
      callJson<ClaimBody>("/v1/claims", { token: editor, body: blinkenClaim({ text: "Concurrent." }), headers }),
    ]);
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    expect(a.body.id).toMatch(/^clm_/);
    expect(a.body.id).toBe(b.body.id);
    const listed = await callJson<ListBody<ClaimBody>>("/v1/claims?q=Concurrent");
    expect(listed.body.data.map((c) => c.id)).toEqual([a.body.id]);
  });

  it("rejects a malformed Idempotency-Key", async () => {
    const res = await call("/v1/claims", {
      token: editor,
      body: blinkenClaim(),
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(errorPaths(problem)).toEqual(["Idempotency-Key"]);
  });
});

describe("GET /v1/claims/{id}", () => {
  it("returns the claim with an ETag, and 304 for If-None-Match", async () => {
    const claim = await createClaim(editor);
    const res = await call(`/v1/claims/${claim.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(claim);
    const etag = res.headers.get("ETag");
    expect(etag).toBe('"v1"');
    const cached = await call(`/v1/claims/${claim.id}`, { headers: { "If-None-Match": etag ?? "" } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    const stale = await call(`/v1/claims/${claim.id}`, { headers: { "If-None-Match": '"v0"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("ETag")).toBe('"v1"');
    expect(await stale.json()).toEqual(claim);
  });

  it("includes the timeline on request, with its own ETag", async () => {
    const claim = await createClaim(editor);
    expect((await postUpdate(claim.id, "under_review")).res.status).toBe(201);
    const { res, body } = await callJson<ClaimBody>(`/v1/claims/${claim.id}?include=timeline`);
    expect(res.status).toBe(200);
    expect(body.timeline?.map((u) => u.status)).toEqual(["unverified", "under_review"]);
    expect(res.headers.get("ETag")).toBe('"v2-timeline"');
    const plain = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(plain.body).toMatchObject({ id: claim.id, version: 2 });
    expect(plain.body.timeline).toBeUndefined();
  });

  it("answers with the status a claim had at ?as_of", async () => {
    const claim = await createClaim(editor);
    const review = await postUpdate(claim.id, "under_review");
    expect(review.res.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await postUpdate(claim.id, "false", "Illustrative")).res.status).toBe(201);

    const asOf = (instant: string) =>
      callJson<ClaimBody>(`/v1/claims/${claim.id}?as_of=${encodeURIComponent(instant)}`);
    const atCreation = await asOf(claim.created_at);
    expect(atCreation.body.status).toMatchObject({ code: "unverified", updated_at: claim.created_at });
    const during = await asOf(review.body.created_at);
    expect(during.body.status).toMatchObject({ code: "under_review", label: "Under review" });
    const now = await asOf("2999-01-01T00:00:00Z");
    expect(now.body.status).toMatchObject({ code: "false", rating_value: 1, final: true });
    const offset = await callJson<ClaimBody>(`/v1/claims/${claim.id}?as_of=2999-01-01T02:00:00%2B02:00`);
    expect(offset.body.status.code).toBe("false");
    const both = await callJson<ClaimBody & { timeline: unknown[] }>(
      `/v1/claims/${claim.id}?include=timeline&as_of=${encodeURIComponent(review.body.created_at)}`,
    );
    expect(both.body.status.code).toBe("under_review");
    expect(both.body.timeline).toHaveLength(3);
  });

  it("answers 404 for an instant before the claim existed", async () => {
    const claim = await createClaim(editor);
    const res = await call(`/v1/claims/${claim.id}?as_of=2000-01-01T00:00:00Z`);
    const problem = await expectProblem(res, 404, "claim_not_found");
    expect(problem.detail).toContain("created after");
  });

  it.each([
    ["as_of=yesterday", "as_of"],
    ["as_of=2024-13-01T00:00:00Z", "as_of"],
    ["as_of=9999-12-31T23:59:59-23:59", "as_of"],
    ["include=everything", "include"],
  ])("answers 400 for %s, naming %s", async (query, path) => {
    const claim = await createClaim(editor);
    const res = await call(`/v1/claims/${claim.id}?${query}`);
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(errorPaths(problem)).toEqual([path]);
  });

  it.each([["clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"], ["nope"], ["clm_'; drop table claims;--"]])(
    "answers 404 problem+json for the unknown id %s",
    async (id) => {
      await expectProblem(await call(`/v1/claims/${encodeURIComponent(id)}`), 404, "claim_not_found");
    },
  );
});

describe("PATCH /v1/claims/{id}", () => {
  it("changes metadata, bumps the version and leaves the status alone", async () => {
    const claim = await createClaim(editor, { review_due: "2030-01-01" });
    const { res, body } = await patch(claim.id, {
      summary: "Corrected summary",
      topics: ["Diplomacy"],
      review_due: null,
      quantity: null,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"v2"');
    expect(body).toMatchObject({
      id: claim.id,
      summary: "Corrected summary",
      topics: ["diplomacy"],
      review_due: null,
      quantity: null,
      version: 2,
      text: claim.text,
      status: claim.status,
    });
    expect(body.updated_at > claim.updated_at).toBe(true);
    expect((await callJson<ClaimBody>(`/v1/claims/${claim.id}`)).body).toEqual(body);
  });

  it("moves the claim to another speaker, found or created by name", async () => {
    const claim = await createClaim(editor);
    const { res, body } = await patch(claim.id, { speaker: { name: "David Lammy", title: "UK Foreign Secretary" } });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ id: claim.id, version: 2, text: claim.text });
    expect(body.speaker).toMatchObject({
      id: expect.stringMatching(/^spk_/),
      name: "David Lammy",
      title: "UK Foreign Secretary",
    });
    expect(body.speaker.id).not.toBe(claim.speaker.id);
  });

  it("refuses to touch the status", async () => {
    const claim = await createClaim(editor);
    const res = await call(`/v1/claims/${claim.id}`, { method: "PATCH", token: editor, body: { status: "true" } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.[0]?.message).toMatch(/unrecognized/i);
    expect(problem.errors?.[0]?.message).toMatch(/status/);
    const after = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(after.body).toMatchObject({ version: 1, status: { code: "unverified" } });
  });

  it("refuses an empty patch", async () => {
    const claim = await createClaim(editor);
    const res = await call(`/v1/claims/${claim.id}`, { method: "PATCH", token: editor, body: {} });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.[0]?.message).toMatch(/at least one field/);
    expect((await callJson<ClaimBody>(`/v1/claims/${claim.id}`)).body.version).toBe(1);
  });

  it("honours If-Match: the current ETag applies, a stale one is 412", async () => {
    const claim = await createClaim(editor);
    const ok = await patch(claim.id, { summary: "First edit" }, { "If-Match": '"v1"' });
    expect(ok.res.status).toBe(200);
    expect(ok.res.headers.get("ETag")).toBe('"v2"');
    expect(ok.body).toMatchObject({ summary: "First edit", version: 2 });
    const stale = await call(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      headers: { "If-Match": '"v1"' },
      body: { summary: "Lost edit" },
    });
    const problem = await expectProblem(stale, 412, "precondition_failed");
    expect(problem.current_version).toBe(2);
    expect((await callJson<ClaimBody>(`/v1/claims/${claim.id}`)).body).toMatchObject({
      summary: "First edit",
      version: 2,
    });
  });

  it("refuses a kind change that would leave the status off the new scale", async () => {
    const claim = await createClaim(editor);
    const unrated = await patch(claim.id, { kind: "prediction" });
    expect(unrated.res.status).toBe(200);
    expect(unrated.body).toMatchObject({ kind: "prediction", version: 2, status: { code: "unverified" } });
    expect((await postUpdate(claim.id, "pending")).res.status).toBe(201);
    const back = await call(`/v1/claims/${claim.id}`, { method: "PATCH", token: editor, body: { kind: "statement" } });
    await expectProblem(back, 422, "status_not_in_scale");
    expect((await callJson<ClaimBody>(`/v1/claims/${claim.id}`)).body).toMatchObject({
      kind: "prediction",
      version: 3,
      status: { code: "pending" },
    });
  });

  it("answers 404 for an unknown claim and 401 without a key", async () => {
    const missing = await call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", {
      method: "PATCH",
      token: editor,
      body: { summary: "x" },
    });
    await expectProblem(missing, 404, "claim_not_found");
    const anonymous = await call("/v1/claims/clm_x", { method: "PATCH", body: { summary: "x" } });
    await expectProblem(anonymous, 401, "unauthenticated");
  });
});
