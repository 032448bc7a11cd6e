import { beforeAll, describe, expect, it } from "vitest";
import { BLINKEN_QUOTE, blinkenClaim, call, callJson, createClaim, createKey, ORIGIN } from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

describe("POST /v1/claims", () => {
  it("creates the worked example with its speaker, article, quantity and first timeline entry", async () => {
    const { res, body } = await callJson("/v1/claims", { token: editor, body: blinkenClaim() });
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
    const timeline = await callJson(`/v1/claims/${body.id}/updates`);
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
    expect(second.speaker.id).toBe(first.speaker.id);
    expect(second.speaker.title).toBe("US Secretary of State");
    expect(second.appearances[0].article.id).toBe(first.appearances[0].article.id);
  });

  it("takes a speaker and an article by id", async () => {
    const first = await createClaim(editor);
    const second = await createClaim(editor, {
      speaker: { id: first.speaker.id },
      article: { id: first.appearances[0].article.id },
    });
    expect(second.speaker).toEqual(first.speaker);
    expect(second.appearances[0].article).toEqual(first.appearances[0].article);
  });

  it("creates a claim with only the required fields and the documented defaults", async () => {
    const { res, body } = await callJson("/v1/claims", {
      token: editor,
      body: { text: "We will finish the bridge by 2027.", speaker: { name: "Mayor Example" } },
    });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      kind: "statement",
      language: "en",
      topics: [],
      quantity: null,
      summary: null,
      claimed_at: null,
      review_due: null,
      appearances: [],
      speaker: { name: "Mayor Example", title: null },
    });
  });

  it("answers 404 for a speaker or article id that does not exist", async () => {
    const speaker = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim({ speaker: { id: "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" } }),
    });
    expect(speaker.res.status).toBe(404);
    expect(speaker.body.code).toBe("speaker_not_found");
    const article = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim({ article: { id: "art_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" } }),
    });
    expect(article.res.status).toBe(404);
    expect(article.body.code).toBe("article_not_found");
  });

  it("refuses a speaker given both by id and by name", async () => {
    const { res, body } = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim({ speaker: { id: "spk_x", name: "Someone" } }),
    });
    expect(res.status).toBe(400);
    expect(body.errors).toContainEqual({ path: "speaker", message: "give either id or name" });
  });

  it("refuses speaker names without a letter or digit, which could not be told apart", async () => {
    const { res, body } = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim({ speaker: { name: "???" } }),
    });
    expect(res.status).toBe(400);
    expect(body.errors[0].path).toBe("speaker.name");
  });

  it("refuses text with a lone surrogate, which D1 would not store as sent", async () => {
    const { res, body } = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim({ text: "Broken \ud800 text" }),
    });
    expect(res.status).toBe(400);
    expect(body.errors[0]).toMatchObject({ path: "text", message: expect.stringContaining("Unicode") });
  });

  it("needs an editor key", async () => {
    expect((await call("/v1/claims", { body: blinkenClaim() })).status).toBe(401);
  });

  it("accepts the bearer scheme in any case", async () => {
    const res = await call("/v1/claims", { body: blinkenClaim(), headers: { Authorization: `bearer ${editor}` } });
    expect(res.status).toBe(201);
  });
});

describe("Idempotency-Key on POST /v1/claims", () => {
  it("replays the first response instead of creating a second claim", async () => {
    const headers = { "Idempotency-Key": "create-blinken-1" };
    const first = await callJson("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    const again = await callJson("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    expect(first.res.status).toBe(201);
    expect(again.res.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.res.headers.get("Location")).toBe(first.res.headers.get("Location"));
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    const listed = await callJson(`/v1/claims?limit=100`);
    expect(listed.body.data.filter((c: { id: string }) => c.id === first.body.id)).toHaveLength(1);
  });

  it("answers 422 when the key comes back with a different body", async () => {
    const headers = { "Idempotency-Key": "create-blinken-2" };
    await callJson("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    const other = await callJson("/v1/claims", { token: editor, body: blinkenClaim({ text: "Different." }), headers });
    expect(other.res.status).toBe(422);
    expect(other.body.code).toBe("idempotency_key_reused");
  });

  it("keeps keys per credential: another key's same Idempotency-Key is a new request", async () => {
    const headers = { "Idempotency-Key": "shared-key" };
    const other = (await createKey("editor", "second editor")).key;
    const a = await callJson("/v1/claims", { token: editor, body: blinkenClaim(), headers });
    const b = await callJson("/v1/claims", { token: other, body: blinkenClaim(), headers });
    expect(b.body.id).not.toBe(a.body.id);
  });

  it("lets only one of two concurrent requests with the same key create", async () => {
    const headers = { "Idempotency-Key": "concurrent-1" };
    const [a, b] = await Promise.all([
      callJson("/v1/claims", { token: editor, body: blinkenClaim({ text: "Concurrent." }), headers }),
      callJson("/v1/claims", { token: editor, body: blinkenClaim({ text: "Concurrent." }), headers }),
    ]);
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
  });

  it("rejects a malformed Idempotency-Key", async () => {
    const { res, body } = await callJson("/v1/claims", {
      token: editor,
      body: blinkenClaim(),
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    expect(res.status).toBe(400);
    expect(body.errors[0].path).toBe("Idempotency-Key");
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
  });

  it("includes the timeline on request, with its own ETag", async () => {
    const claim = await createClaim(editor);
    await callJson(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "under_review" } });
    const { res, body } = await callJson(`/v1/claims/${claim.id}?include=timeline`);
    expect(body.timeline.map((u: { status: string }) => u.status)).toEqual(["unverified", "under_review"]);
    expect(res.headers.get("ETag")).toBe('"v2-timeline"');
    expect((await callJson(`/v1/claims/${claim.id}`)).body.timeline).toBeUndefined();
  });

  it("answers with the status a claim had at ?as_of", async () => {
    const claim = await createClaim(editor);
    const review = await callJson(`/v1/claims/${claim.id}/updates`, {
      token: editor,
      body: { status: "under_review" },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await callJson(`/v1/claims/${claim.id}/updates`, {
      token: editor,
      body: { status: "false", note: "Illustrative" },
    });

    const atCreation = await callJson(`/v1/claims/${claim.id}?as_of=${encodeURIComponent(claim.created_at)}`);
    expect(atCreation.body.status).toMatchObject({ code: "unverified", updated_at: claim.created_at });
    const during = await callJson(`/v1/claims/${claim.id}?as_of=${encodeURIComponent(review.body.created_at)}`);
    expect(during.body.status).toMatchObject({ code: "under_review", label: "Under review" });
    const now = await callJson(`/v1/claims/${claim.id}?as_of=2999-01-01T00:00:00Z`);
    expect(now.body.status).toMatchObject({ code: "false", rating_value: 1, final: true });
    const offset = await callJson(`/v1/claims/${claim.id}?as_of=2999-01-01T02:00:00%2B02:00`);
    expect(offset.body.status.code).toBe("false");
  });

  it("answers 404 for an instant before the claim existed", async () => {
    const claim = await createClaim(editor);
    const { res, body } = await callJson(`/v1/claims/${claim.id}?as_of=2000-01-01T00:00:00Z`);
    expect(res.status).toBe(404);
    expect(body.detail).toContain("created after");
  });

  it("answers 400 for a bad as_of or include", async () => {
    const claim = await createClaim(editor);
    for (const query of [
      "as_of=yesterday",
      "as_of=2024-13-01T00:00:00Z",
      "as_of=9999-12-31T23:59:59-23:59",
      "include=everything",
    ]) {
      const { res, body } = await callJson(`/v1/claims/${claim.id}?${query}`);
      expect(res.status, query).toBe(400);
      expect(body.code).toBe("validation_failed");
    }
  });

  it("answers 404 problem+json for an unknown id", async () => {
    for (const id of ["clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", "nope", "clm_'; drop table claims;--"]) {
      const res = await call(`/v1/claims/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({
        status: 404,
        code: "claim_not_found",
        type: "urn:claimtrail:problem:claim_not_found",
      });
    }
  });
});

describe("PATCH /v1/claims/{id}", () => {
  it("changes metadata, bumps the version and leaves the status alone", async () => {
    const claim = await createClaim(editor, { review_due: "2030-01-01" });
    const { res, body } = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { summary: "Corrected summary", topics: ["Diplomacy"], review_due: null, quantity: null },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"v2"');
    expect(body).toMatchObject({
      summary: "Corrected summary",
      topics: ["diplomacy"],
      review_due: null,
      quantity: null,
      version: 2,
      text: claim.text,
      status: claim.status,
    });
    expect(body.updated_at > claim.updated_at).toBe(true);
    expect((await callJson(`/v1/claims/${claim.id}`)).body).toEqual(body);
  });

  it("moves the claim to another speaker, found or created by name", async () => {
    const claim = await createClaim(editor);
    const { body } = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { speaker: { name: "David Lammy", title: "UK Foreign Secretary" } },
    });
    expect(body.speaker).toMatchObject({ name: "David Lammy", title: "UK Foreign Secretary" });
    expect(body.speaker.id).not.toBe(claim.speaker.id);
  });

  it("refuses to touch the status", async () => {
    const claim = await createClaim(editor);
    const { res, body } = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { status: "true" },
    });
    expect(res.status).toBe(400);
    expect(body.errors[0].message).toMatch(/unrecognized/i);
  });

  it("refuses an empty patch", async () => {
    const claim = await createClaim(editor);
    const { res } = await callJson(`/v1/claims/${claim.id}`, { method: "PATCH", token: editor, body: {} });
    expect(res.status).toBe(400);
  });

  it("honours If-Match: the current ETag applies, a stale one is 412", async () => {
    const claim = await createClaim(editor);
    const ok = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      headers: { "If-Match": '"v1"' },
      body: { summary: "First edit" },
    });
    expect(ok.res.status).toBe(200);
    const stale = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      headers: { "If-Match": '"v1"' },
      body: { summary: "Lost edit" },
    });
    expect(stale.res.status).toBe(412);
    expect(stale.body).toMatchObject({ code: "precondition_failed", current_version: 2 });
    expect((await callJson(`/v1/claims/${claim.id}`)).body.summary).toBe("First edit");
  });

  it("refuses a kind change that would leave the status off the new scale", async () => {
    const claim = await createClaim(editor);
    const unrated = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { kind: "prediction" },
    });
    expect(unrated.res.status).toBe(200);
    await callJson(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "pending" } });
    const back = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { kind: "statement" },
    });
    expect(back.res.status).toBe(422);
    expect(back.body.code).toBe("status_not_in_scale");
  });

  it("answers 404 for an unknown claim and 401 without a key", async () => {
    const missing = await call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", {
      method: "PATCH",
      token: editor,
      body: { summary: "x" },
    });
    expect(missing.status).toBe(404);
    expect((await call("/v1/claims/clm_x", { method: "PATCH", body: { summary: "x" } })).status).toBe(401);
  });
});
