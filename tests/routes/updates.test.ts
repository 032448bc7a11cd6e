import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call, callJson, createClaim, createKey, type Json, ORIGIN } from "../helpers";

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "Maria at the desk");
});

/** SPEC.md's hash, recomputed from the published fields only. */
async function recompute(entry: Json): Promise<string> {
  const payload = JSON.stringify([entry.claim_id, entry.status, entry.note, entry.evidence, entry.created_at]);
  const bytes = new TextEncoder().encode(`${entry.prev_hash}\n${payload}`);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function post(claimId: string, body: unknown, headers: Record<string, string> = {}) {
  return callJson(`/v1/claims/${claimId}/updates`, { token: editor.key, body, headers });
}

describe("POST /v1/claims/{id}/updates", () => {
  it("appends an update, sets the claim's status and bumps its version", async () => {
    const claim = await createClaim(editor.key);
    const evidence = [{ url: "https://evidence.example/transcript", title: "Briefing transcript (illustrative)" }];
    const { res, body } = await post(claim.id, { status: "mostly_false", note: "Illustrative rating.", evidence });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/claims/${claim.id}/updates/${body.id}`);
    expect(res.headers.get("Claim-ETag")).toBe('"v2"');
    expect(body).toMatchObject({
      id: expect.stringMatching(/^upd_/),
      claim_id: claim.id,
      status: "mostly_false",
      previous_status: "unverified",
      note: "Illustrative rating.",
      evidence,
      author: { key_id: editor.id, name: "Maria at the desk" },
    });
    const after = await callJson(`/v1/claims/${claim.id}`);
    expect(after.body.status).toEqual({
      code: "mostly_false",
      label: "Mostly false",
      rating_value: 2,
      final: true,
      updated_at: body.created_at,
    });
    expect(after.body.version).toBe(2);
    expect(after.res.headers.get("ETag")).toBe('"v2"');
    const single = await callJson(`/v1/claims/${claim.id}/updates/${body.id}`);
    expect(single.body).toEqual(body);
  });

  it("records the bootstrap admin token as the author when it is used", async () => {
    const claim = await createClaim(editor.key);
    const { body } = await callJson(`/v1/claims/${claim.id}/updates`, {
      token: ADMIN_TOKEN,
      body: { status: "under_review" },
    });
    expect(body.author).toEqual({ key_id: null, name: "Admin token" });
  });

  it("stores a missing evidence title as null and no evidence as []", async () => {
    const claim = await createClaim(editor.key);
    const { body } = await post(claim.id, {
      status: "under_review",
      evidence: [{ url: "https://evidence.example/x" }],
    });
    expect(body.evidence).toEqual([{ url: "https://evidence.example/x", title: null }]);
    const bare = await post(claim.id, { status: "true" });
    expect(bare.body).toMatchObject({ evidence: [], note: null });
  });

  it("answers 422 for a status outside the claim's scale", async () => {
    const statistic = await createClaim(editor.key);
    const wrong = await post(statistic.id, { status: "fulfilled" });
    expect(wrong.res.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: "status_not_in_scale", errors: [{ path: "status" }] });
    expect(wrong.body.detail).toContain("veracity");

    const promise = await createClaim(editor.key, { kind: "promise", text: "We will build it." });
    expect((await post(promise.id, { status: "true" })).res.status).toBe(422);
    expect((await post(promise.id, { status: "in_progress" })).res.status).toBe(201);
    expect((await post(promise.id, { status: "made_up" })).res.status).toBe(422);
  });

  it("honours If-Match with the claim's ETag, and answers 412 when it is stale", async () => {
    const claim = await createClaim(editor.key);
    expect((await post(claim.id, { status: "under_review" }, { "If-Match": '"v1"' })).res.status).toBe(201);
    const stale = await post(claim.id, { status: "true" }, { "If-Match": '"v1"' });
    expect(stale.res.status).toBe(412);
    expect(stale.body.current_version).toBe(2);
    expect((await post(claim.id, { status: "true" }, { "If-Match": 'W/"v2"' })).res.status).toBe(201);
    expect((await post(claim.id, { status: "false" }, { "If-Match": '"garbage"' })).res.status).toBe(412);
    const timeline = await callJson(`/v1/claims/${claim.id}/updates`);
    expect(timeline.body.data.map((u: Json) => u.status)).toEqual(["unverified", "under_review", "true"]);
  });

  it("keeps one unbroken chain when updates race", async () => {
    const claim = await createClaim(editor.key);
    const statuses = ["under_review", "true", "false", "misleading", "half_true"];
    const results = await Promise.all(statuses.map((status) => post(claim.id, { status })));
    expect(results.map((r) => r.res.status)).toEqual([201, 201, 201, 201, 201]);
    const { body } = await callJson(`/v1/claims/${claim.id}/updates`);
    expect(body.data).toHaveLength(6);
    for (const [i, entry] of body.data.entries()) {
      expect(entry.prev_hash).toBe(i === 0 ? "" : body.data[i - 1].hash);
      expect(entry.previous_status).toBe(i === 0 ? null : body.data[i - 1].status);
    }
    const claimNow = await callJson(`/v1/claims/${claim.id}`);
    expect(claimNow.body.version).toBe(6);
    expect(claimNow.body.status.code).toBe(body.data[5].status);
  });

  it("never answers a racing update that lost with a replayed success", async () => {
    const claim = await createClaim(editor.key);
    const statuses = ["under_review", "true", "false", "misleading", "half_true", "mostly_true", "unsupported"];
    const results = await Promise.all(
      statuses.map((status, i) => post(claim.id, { status }, { "Idempotency-Key": `race-${i}` })),
    );
    expect(results.map((r) => r.res.status)).toEqual(statuses.map(() => 201));
    expect(results.filter((r) => r.res.headers.get("Idempotent-Replayed"))).toEqual([]);
    const { body } = await callJson(`/v1/claims/${claim.id}/updates?limit=100`);
    const ids = body.data.map((u: Json) => u.id);
    for (const r of results) expect(ids).toContain(r.body.id);
    const again = await post(claim.id, { status: statuses[3] }, { "Idempotency-Key": "race-3" });
    expect(again.body).toEqual(results[3]?.body);
  });

  it("replays an Idempotency-Key instead of appending twice", async () => {
    const claim = await createClaim(editor.key);
    const headers = { "Idempotency-Key": "rate-it-once" };
    const a = await post(claim.id, { status: "under_review" }, headers);
    const b = await post(claim.id, { status: "under_review" }, headers);
    expect(b.body).toEqual(a.body);
    expect(b.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await callJson(`/v1/claims/${claim.id}/updates`)).body.data).toHaveLength(2);
  });

  it("answers 404 for an unknown claim, 401 without a key", async () => {
    expect((await post("clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", { status: "true" })).res.status).toBe(404);
    const anonymous = await call("/v1/claims/clm_x/updates", { body: { status: "true" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  it.each([
    [{}, "status"],
    [{ status: 5 }, "status"],
    [{ status: "true", note: 12 }, "note"],
    [{ status: "true", evidence: "https://evidence.example" }, "evidence"],
    [{ status: "true", evidence: [{ url: "javascript:alert(1)" }] }, "evidence[0].url"],
    [{ status: "true", evidence: [{ url: "not a url" }] }, "evidence[0].url"],
    [{ status: "true", note: "x".repeat(5001) }, "note"],
    [{ status: "true", evidence: Array.from({ length: 21 }, () => ({ url: "https://e.example" })) }, "evidence"],
    [{ status: "true", colour: "red" }, ""],
  ])("answers 400 for %j, naming %s", async (body, path) => {
    const claim = await createClaim(editor.key);
    const res = await post(claim.id, body);
    expect(res.res.status).toBe(400);
    expect(res.body.errors.map((e: Json) => e.path)).toContain(path);
  });
});

describe("GET /v1/claims/{id}/updates", () => {
  it("returns the timeline oldest first, and every hash recomputes as SPEC.md defines it", async () => {
    const claim = await createClaim(editor.key);
    await post(claim.id, { status: "under_review", note: "Checking the transcript." });
    await post(claim.id, {
      status: "half_true",
      note: 'Illustrative: «partly agreed», ünïcödé and "quotes".',
      evidence: [{ url: "https://evidence.example/1", title: "One" }, { url: "https://evidence.example/2" }],
    });
    const { res, body } = await callJson(`/v1/claims/${claim.id}/updates`);
    expect(res.status).toBe(200);
    expect(body.data.map((u: Json) => u.status)).toEqual(["unverified", "under_review", "half_true"]);
    let prev = "";
    for (const entry of body.data) {
      expect(entry.prev_hash).toBe(prev);
      expect(entry.hash).toBe(await recompute(entry));
      prev = entry.hash;
    }
  });

  it("pages through a long timeline", async () => {
    const claim = await createClaim(editor.key);
    for (const status of ["under_review", "true", "false", "misleading"]) await post(claim.id, { status });
    const first = await callJson(`/v1/claims/${claim.id}/updates?limit=2`);
    const second = await callJson(`/v1/claims/${claim.id}/updates?limit=2&cursor=${first.body.next_cursor}`);
    const third = await callJson(`/v1/claims/${claim.id}/updates?limit=2&cursor=${second.body.next_cursor}`);
    const all = [...first.body.data, ...second.body.data, ...third.body.data].map((u: Json) => u.status);
    expect(all).toEqual(["unverified", "under_review", "true", "false", "misleading"]);
    expect(third.body.next_cursor).toBeNull();
  });

  it("answers 404 for an unknown claim or update", async () => {
    expect((await call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/updates")).status).toBe(404);
    const claim = await createClaim(editor.key);
    expect((await call(`/v1/claims/${claim.id}/updates/upd_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1`)).status).toBe(404);
  });
});
