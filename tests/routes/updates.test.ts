import { beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
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

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "Maria at the desk");
});

/** SPEC.md's hash, recomputed from the published fields only. */
async function recompute(entry: StatusUpdateBody): Promise<string> {
  const payload = JSON.stringify([entry.claim_id, entry.status, entry.note, entry.evidence, entry.created_at]);
  const bytes = new TextEncoder().encode(`${entry.prev_hash}\n${payload}`);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Posts a status update as the editor and parses the created update. */
function post(claimId: string, body: unknown, headers: Record<string, string> = {}) {
  return callJson<StatusUpdateBody>(`/v1/claims/${claimId}/updates`, { token: editor.key, body, headers });
}

/** Posts a status update as the editor, leaving the answer unread (for expectProblem). */
function send(claimId: string, body: unknown, headers: Record<string, string> = {}) {
  return call(`/v1/claims/${claimId}/updates`, { token: editor.key, body, headers });
}

function timeline(claimId: string, query = "") {
  return callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${claimId}/updates${query}`);
}

async function statuses(claimId: string): Promise<string[]> {
  return (await timeline(claimId, "?limit=100")).body.data.map((u) => u.status);
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
    const after = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(after.body.status).toEqual({
      code: "mostly_false",
      label: "Mostly false",
      rating_value: 2,
      final: true,
      updated_at: body.created_at,
    });
    expect(after.body.version).toBe(2);
    expect(after.res.headers.get("ETag")).toBe('"v2"');
    const single = await callJson<StatusUpdateBody>(`/v1/claims/${claim.id}/updates/${body.id}`);
    expect(single.res.status).toBe(200);
    expect(single.body).toEqual(body);
  });

  it("records the bootstrap admin token as the author when it is used", async () => {
    const claim = await createClaim(editor.key);
    const { res, body } = await callJson<StatusUpdateBody>(`/v1/claims/${claim.id}/updates`, {
      token: ADMIN_TOKEN,
      body: { status: "under_review" },
    });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ claim_id: claim.id, status: "under_review" });
    expect(body.author).toEqual({ key_id: null, name: "Admin token" });
  });

  it("stores a missing evidence title as null and no evidence as []", async () => {
    const claim = await createClaim(editor.key);
    const { res, body } = await post(claim.id, {
      status: "under_review",
      evidence: [{ url: "https://evidence.example/x" }],
    });
    expect(res.status).toBe(201);
    expect(body.evidence).toEqual([{ url: "https://evidence.example/x", title: null }]);
    const bare = await post(claim.id, { status: "true" });
    expect(bare.res.status).toBe(201);
    expect(bare.body).toMatchObject({ status: "true", previous_status: "under_review", evidence: [], note: null });
  });

  it("answers 422 for a status outside the claim's scale", async () => {
    const statistic = await createClaim(editor.key);
    const wrong = await expectProblem(await send(statistic.id, { status: "fulfilled" }), 422, "status_not_in_scale");
    expect(wrong.errors?.map((e) => e.path)).toEqual(["status"]);
    expect(wrong.detail).toContain("veracity");

    const promise = await createClaim(editor.key, { kind: "promise", text: "We will build it." });
    await expectProblem(await send(promise.id, { status: "true" }), 422, "status_not_in_scale");
    const progress = await post(promise.id, { status: "in_progress" });
    expect(progress.res.status).toBe(201);
    expect(progress.body).toMatchObject({ status: "in_progress", previous_status: "unverified" });
    await expectProblem(await send(promise.id, { status: "made_up" }), 422, "status_not_in_scale");
    expect(await statuses(promise.id)).toEqual(["unverified", "in_progress"]);
    expect(await statuses(statistic.id)).toEqual(["unverified"]);
  });

  it("honours If-Match with the claim's ETag, and answers 412 when it is stale", async () => {
    const claim = await createClaim(editor.key);
    const current = await post(claim.id, { status: "under_review" }, { "If-Match": '"v1"' });
    expect(current.res.status).toBe(201);
    expect(current.res.headers.get("Claim-ETag")).toBe('"v2"');
    const stale = await expectProblem(
      await send(claim.id, { status: "true" }, { "If-Match": '"v1"' }),
      412,
      "precondition_failed",
    );
    expect(stale.current_version).toBe(2);
    const weak = await post(claim.id, { status: "true" }, { "If-Match": 'W/"v2"' });
    expect(weak.res.status).toBe(201);
    expect(weak.body).toMatchObject({ status: "true", previous_status: "under_review" });
    await expectProblem(
      await send(claim.id, { status: "false" }, { "If-Match": '"garbage"' }),
      412,
      "precondition_failed",
    );
    expect(await statuses(claim.id)).toEqual(["unverified", "under_review", "true"]);
  });

  it("keeps one unbroken chain when updates race", async () => {
    const claim = await createClaim(editor.key);
    const raced = ["under_review", "true", "false", "misleading", "half_true"];
    const results = await Promise.all(raced.map((status) => post(claim.id, { status })));
    expect(results.map((r) => r.res.status)).toEqual([201, 201, 201, 201, 201]);
    expect(results.map((r) => r.body.status)).toEqual(raced);
    const { body } = await timeline(claim.id);
    expect(body.data).toHaveLength(6);
    expect(body.data.map((u) => u.status).sort()).toEqual(["unverified", ...raced].sort());
    let previous: StatusUpdateBody | undefined;
    for (const entry of body.data) {
      expect(entry.prev_hash).toBe(previous?.hash ?? "");
      expect(entry.previous_status).toBe(previous?.status ?? null);
      previous = entry;
    }
    const claimNow = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(claimNow.body.version).toBe(6);
    expect(claimNow.body.status.code).toBe(previous?.status);
  });

  it("never answers a racing update that lost with a replayed success", async () => {
    const claim = await createClaim(editor.key);
    const raced = ["under_review", "true", "false", "misleading", "half_true", "mostly_true", "unsupported"];
    const results = await Promise.all(
      raced.map((status, i) => post(claim.id, { status }, { "Idempotency-Key": `race-${i}` })),
    );
    expect(results.map((r) => r.res.status)).toEqual(raced.map(() => 201));
    expect(results.filter((r) => r.res.headers.get("Idempotent-Replayed"))).toEqual([]);
    const { body } = await timeline(claim.id, "?limit=100");
    expect(body.data).toHaveLength(raced.length + 1);
    const ids = body.data.map((u) => u.id);
    for (const r of results) expect(ids).toContain(r.body.id);
    const again = await post(claim.id, { status: raced[3] }, { "Idempotency-Key": "race-3" });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body).toEqual(results[3]?.body);
    expect(again.body.status).toBe("misleading");
  });

  it("replays an Idempotency-Key instead of appending twice", async () => {
    const claim = await createClaim(editor.key);
    const headers = { "Idempotency-Key": "rate-it-once" };
    const a = await post(claim.id, { status: "under_review" }, headers);
    const b = await post(claim.id, { status: "under_review" }, headers);
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    expect(a.body).toMatchObject({ id: expect.stringMatching(/^upd_/), status: "under_review" });
    expect(b.body).toEqual(a.body);
    expect(b.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await statuses(claim.id)).toEqual(["unverified", "under_review"]);
  });

  it("answers 404 for an unknown claim, 401 without a key", async () => {
    await expectProblem(await send("clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", { status: "true" }), 404, "claim_not_found");
    const anonymous = await call("/v1/claims/clm_x/updates", { body: { status: "true" } });
    await expectProblem(anonymous, 401, "unauthenticated");
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
    const problem = await expectProblem(await send(claim.id, body), 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toContain(path);
    expect(await statuses(claim.id)).toEqual(["unverified"]);
  });
});

describe("GET /v1/claims/{id}/updates", () => {
  it("returns the timeline oldest first, and every hash recomputes as SPEC.md defines it", async () => {
    const claim = await createClaim(editor.key);
    expect((await post(claim.id, { status: "under_review", note: "Checking the transcript." })).res.status).toBe(201);
    const rated = await post(claim.id, {
      status: "half_true",
      note: 'Illustrative: «partly agreed», ünïcödé and "quotes".',
      evidence: [{ url: "https://evidence.example/1", title: "One" }, { url: "https://evidence.example/2" }],
    });
    expect(rated.res.status).toBe(201);
    const { res, body } = await timeline(claim.id);
    expect(res.status).toBe(200);
    expect(body.next_cursor).toBeNull();
    expect(body.data.map((u) => u.status)).toEqual(["unverified", "under_review", "half_true"]);
    expect(body.data[2]).toEqual(rated.body);
    let prev = "";
    for (const entry of body.data) {
      expect(entry.prev_hash).toBe(prev);
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.hash).toBe(await recompute(entry));
      prev = entry.hash;
    }
  });

  it("pages through a long timeline", async () => {
    const claim = await createClaim(editor.key);
    for (const status of ["under_review", "true", "false", "misleading"]) {
      expect((await post(claim.id, { status })).res.status).toBe(201);
    }
    const first = await timeline(claim.id, "?limit=2");
    const second = await timeline(claim.id, `?limit=2&cursor=${first.body.next_cursor}`);
    const third = await timeline(claim.id, `?limit=2&cursor=${second.body.next_cursor}`);
    const all = [...first.body.data, ...second.body.data, ...third.body.data].map((u) => u.status);
    expect(all).toEqual(["unverified", "under_review", "true", "false", "misleading"]);
    expect(third.body.next_cursor).toBeNull();
  });

  it("answers 404 for an unknown claim or update", async () => {
    await expectProblem(await call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/updates"), 404, "claim_not_found");
    const claim = await createClaim(editor.key);
    await expectProblem(await call(`/v1/claims/${claim.id}/updates/upd_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1`), 404, "not_found");
  });
});
