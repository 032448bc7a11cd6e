import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, blinkenClaim, call, callJson, createKey, type Json } from "../helpers";

describe("POST /v1/keys", () => {
  it("creates a key and shows its secret once", async () => {
    const { res, body } = await callJson("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "Desk laptop" },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(body).sort()).toEqual(["created_at", "id", "key", "name", "role"]);
    expect(body).toMatchObject({ id: expect.stringMatching(/^key_/), name: "Desk laptop", role: "editor" });
    expect(body.key).toMatch(/^ctk_/);
    const listed = await callJson("/v1/keys", { token: ADMIN_TOKEN });
    const row = listed.body.data.find((k: Json) => k.id === body.id);
    expect(row).toEqual({
      id: body.id,
      name: "Desk laptop",
      role: "editor",
      created_at: body.created_at,
      revoked_at: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(body.key);
  });

  it("replays an Idempotency-Key with the same id and no secret", async () => {
    const headers = { "Idempotency-Key": "key-for-maria" };
    const first = await callJson("/v1/keys", { token: ADMIN_TOKEN, body: { role: "editor", name: "Maria" }, headers });
    const again = await callJson("/v1/keys", { token: ADMIN_TOKEN, body: { role: "editor", name: "Maria" }, headers });
    expect(again.res.status).toBe(201);
    expect(again.body).toEqual({ ...first.body, key: null });
  });

  it.each([
    [{ role: "owner", name: "x" }, "role"],
    [{ role: "editor" }, "name"],
    [{ role: "editor", name: "" }, "name"],
    [{ role: "editor", name: "x".repeat(101) }, "name"],
    [{ name: "x" }, "role"],
  ])("answers 400 for %j", async (body, path) => {
    const { res, body: problem } = await callJson("/v1/keys", { token: ADMIN_TOKEN, body });
    expect(res.status).toBe(400);
    expect(problem.errors.map((e: Json) => e.path)).toContain(path);
  });
});

describe("authentication and roles", () => {
  it("answers 401 without a key, with a WWW-Authenticate challenge", async () => {
    const res = await call("/v1/keys");
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="claimtrail"');
    expect(await res.json()).toMatchObject({ code: "unauthenticated", status: 401 });
  });

  it.each([
    ["a made-up token", "Bearer not-a-key"],
    ["a well-formed key that does not exist", `Bearer ctk_${"0".repeat(26)}_${"a".repeat(43)}`],
    ["basic auth", `Basic ${btoa("admin:test-admin-token")}`],
    ["an empty bearer", "Bearer "],
    ["the admin token with a typo", "Bearer test-admin-tokem"],
  ])("answers 401 for %s", async (_name, authorization) => {
    const res = await call("/v1/keys", { headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
  });

  it("answers 401 for a key whose secret part is wrong", async () => {
    const { key } = await createKey("admin");
    const forged = `${key.slice(0, -4)}AAAA` === key ? `${key.slice(0, -4)}BBBB` : `${key.slice(0, -4)}AAAA`;
    expect((await call("/v1/keys", { token: forged })).status).toBe(401);
    expect((await call("/v1/keys", { token: key })).status).toBe(200);
  });

  it("answers 403 when an editor calls an admin route", async () => {
    const { key } = await createKey("editor");
    const res = await callJson("/v1/keys", { token: key, body: { role: "admin", name: "escalation" } });
    expect(res.res.status).toBe(403);
    expect(res.body.code).toBe("forbidden");
    expect((await call("/v1/keys", { token: key })).status).toBe(403);
  });

  it("lets stored admin keys do editor work", async () => {
    const { key } = await createKey("admin");
    expect((await call("/v1/claims", { token: key, body: blinkenClaim() })).status).toBe(201);
  });

  it("stops a key working the moment it is revoked", async () => {
    const { id, key } = await createKey("editor");
    expect((await call("/v1/claims", { token: key, body: blinkenClaim() })).status).toBe(201);
    const revoked = await call(`/v1/keys/${id}`, { method: "DELETE", token: ADMIN_TOKEN });
    expect(revoked.status).toBe(204);
    expect((await call("/v1/claims", { token: key, body: blinkenClaim() })).status).toBe(401);
    const listed = await callJson("/v1/keys?limit=100", { token: ADMIN_TOKEN });
    expect(listed.body.data.find((k: Json) => k.id === id).revoked_at).toMatch(/Z$/);
    expect((await call(`/v1/keys/${id}`, { method: "DELETE", token: ADMIN_TOKEN })).status).toBe(204);
  });

  it("answers 404 when revoking a key that never existed", async () => {
    const res = await call("/v1/keys/key_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", { method: "DELETE", token: ADMIN_TOKEN });
    expect(res.status).toBe(404);
  });

  it("needs no key to read", async () => {
    expect((await call("/v1/claims")).status).toBe(200);
    expect((await call("/v1/statuses")).status).toBe(200);
  });
});

describe("GET /v1/keys", () => {
  it("pages newest first", async () => {
    const a = await createKey("editor", "page-a");
    const b = await createKey("editor", "page-b");
    const first = await callJson("/v1/keys?limit=1", { token: ADMIN_TOKEN });
    expect(first.body.data[0].id).toBe(b.id);
    const second = await callJson(`/v1/keys?limit=1&cursor=${first.body.next_cursor}`, { token: ADMIN_TOKEN });
    expect(second.body.data[0].id).toBe(a.id);
  });
});
