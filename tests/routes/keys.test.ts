import { describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  type ApiKeyBody,
  blinkenClaim,
  type ClaimBody,
  type CreatedKeyBody,
  call,
  callJson,
  createKey,
  expectProblem,
  type ListBody,
} from "../helpers";

function listKeys(query = "") {
  return callJson<ListBody<ApiKeyBody>>(`/v1/keys${query}`, { token: ADMIN_TOKEN });
}

function createClaimWith(token: string) {
  return callJson<ClaimBody>("/v1/claims", { token, body: blinkenClaim() });
}

describe("POST /v1/keys", () => {
  it("creates a key and shows its secret once", async () => {
    const { res, body } = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "Desk laptop" },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(Object.keys(body).sort()).toEqual(["created_at", "expires_at", "id", "key", "name", "role"]);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^key_/),
      name: "Desk laptop",
      role: "editor",
      expires_at: null,
    });
    expect(body.key).toMatch(/^ctk_/);
    const listed = await listKeys();
    expect(listed.res.status).toBe(200);
    const row = listed.body.data.find((k) => k.id === body.id);
    expect(row).toEqual({
      id: body.id,
      name: "Desk laptop",
      role: "editor",
      created_at: body.created_at,
      expires_at: null,
      revoked_at: null,
      last_used_at: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(body.key);
  });

  it("replays an Idempotency-Key with the same id and no secret", async () => {
    const headers = { "Idempotency-Key": "key-for-maria" };
    const first = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "Maria" },
      headers,
    });
    const again = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "Maria" },
      headers,
    });
    expect(first.res.status).toBe(201);
    expect(first.body.key).toMatch(/^ctk_/);
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body).toEqual({ ...first.body, key: null });
    const maria = (await listKeys("?limit=100")).body.data.filter((k) => k.name === "Maria");
    expect(maria.map((k) => k.id)).toEqual([first.body.id]);
  });

  it.each([
    [{ role: "owner", name: "x" }, "role"],
    [{ role: "editor" }, "name"],
    [{ role: "editor", name: "" }, "name"],
    [{ role: "editor", name: "x".repeat(101) }, "name"],
    [{ name: "x" }, "role"],
  ])("answers 400 for %j, naming %s", async (body, path) => {
    const res = await call("/v1/keys", { token: ADMIN_TOKEN, body });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });
});

describe("authentication and roles", () => {
  it("answers 401 without a key, with a WWW-Authenticate challenge", async () => {
    const res = await call("/v1/keys");
    expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="claimtrail"');
    await expectProblem(res, 401, "unauthenticated");
  });

  it.each([
    ["a made-up token", "Bearer not-a-key"],
    ["a well-formed key that does not exist", `Bearer ctk_${"0".repeat(26)}_${"a".repeat(43)}`],
    ["basic auth", `Basic ${btoa("admin:test-admin-token")}`],
    ["an empty bearer", "Bearer "],
    ["the admin token with a typo", "Bearer test-admin-tokem"],
  ])("answers 401 for %s", async (_name, authorization) => {
    const res = await call("/v1/keys", { headers: { Authorization: authorization } });
    expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="claimtrail"');
    await expectProblem(res, 401, "unauthenticated");
  });

  it("answers 401 for a key whose secret part is wrong", async () => {
    const { key } = await createKey("admin");
    const forged = `${key.slice(0, -4)}AAAA` === key ? `${key.slice(0, -4)}BBBB` : `${key.slice(0, -4)}AAAA`;
    await expectProblem(await call("/v1/keys", { token: forged }), 401, "unauthenticated");
    const genuine = await callJson<ListBody<ApiKeyBody>>("/v1/keys", { token: key });
    expect(genuine.res.status).toBe(200);
    expect(genuine.body.data.length).toBeGreaterThan(0);
  });

  it("answers 403 when an editor calls an admin route", async () => {
    const { key } = await createKey("editor");
    const create = await call("/v1/keys", { token: key, body: { role: "admin", name: "escalation" } });
    await expectProblem(create, 403, "forbidden");
    await expectProblem(await call("/v1/keys", { token: key }), 403, "forbidden");
    expect((await listKeys("?limit=100")).body.data.map((k) => k.name)).not.toContain("escalation");
  });

  it("lets stored admin keys do editor work", async () => {
    const { key } = await createKey("admin");
    const { res, body } = await createClaimWith(key);
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ id: expect.stringMatching(/^clm_/), version: 1, status: { code: "unverified" } });
  });

  it("stops a key working the moment it is revoked", async () => {
    const { id, key } = await createKey("editor");
    const before = await createClaimWith(key);
    expect(before.res.status).toBe(201);
    expect(before.body.id).toMatch(/^clm_/);
    const revoked = await call(`/v1/keys/${id}`, { method: "DELETE", token: ADMIN_TOKEN });
    expect(revoked.status).toBe(204);
    expect(await revoked.text()).toBe("");
    await expectProblem(await call("/v1/claims", { token: key, body: blinkenClaim() }), 401, "unauthenticated");
    const listed = await listKeys("?limit=100");
    expect(listed.body.data.find((k) => k.id === id)?.revoked_at).toMatch(/Z$/);
    const again = await call(`/v1/keys/${id}`, { method: "DELETE", token: ADMIN_TOKEN });
    expect(again.status).toBe(204);
    expect(await again.text()).toBe("");
  });

  it("answers 404 when revoking a key that never existed", async () => {
    const res = await call("/v1/keys/key_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", { method: "DELETE", token: ADMIN_TOKEN });
    await expectProblem(res, 404, "key_not_found");
  });

  it("needs no key to read", async () => {
    const claims = await callJson<ListBody<ClaimBody>>("/v1/claims");
    expect(claims.res.status).toBe(200);
    expect(claims.body).toMatchObject({ data: expect.any(Array) });
    const statuses = await callJson<{ data: { name: string }[] }>("/v1/statuses");
    expect(statuses.res.status).toBe(200);
    expect(statuses.body.data.map((s) => s.name)).toEqual(["veracity", "progress"]);
  });
});

describe("GET /v1/keys", () => {
  it("pages newest first", async () => {
    const a = await createKey("editor", "page-a");
    const b = await createKey("editor", "page-b");
    const first = await listKeys("?limit=1");
    expect(first.body.data.map((k) => k.id)).toEqual([b.id]);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await listKeys(`?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((k) => k.id)).toEqual([a.id]);
  });
});
