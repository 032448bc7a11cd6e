import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { post, signIn } from "../desk/desk";
import {
  ADMIN_TOKEN,
  type AuditEventBody,
  type CreatedKeyBody,
  type CreatedWebhookBody,
  call,
  callJson,
  createKey,
  expectProblem,
  type ListBody,
} from "../helpers";

function audit(query = "", token = ADMIN_TOKEN) {
  return callJson<ListBody<AuditEventBody>>(`/v1/audit${query}`, { token });
}

const trailOf = async (targetId: string) => (await audit(`?target_id=${targetId}`)).body.data;

let admin: { id: string; key: string };
const asAdmin = () => ({ key_id: admin.id, name: "Audit admin" });

beforeAll(async () => {
  admin = await createKey("admin", "Audit admin");
});

describe("GET /v1/audit", () => {
  it("records a key created with the ADMIN_TOKEN: actor, target, what changed", async () => {
    const { res, body } = await audit(`?target_id=${admin.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(body).toEqual({
      data: [
        {
          id: expect.stringMatching(/^aud_[0-9A-HJKMNP-TV-Z]{26}$/),
          action: "key.created",
          actor: { key_id: null, name: "Admin token" },
          target_id: admin.id,
          changes: { name: "Audit admin", role: "admin", expires_at: null },
          created_at: expect.stringMatching(/Z$/),
        },
      ],
      next_cursor: null,
    });
  });

  it("records a key's creation and its revocation by a stored key, once, and never the key", async () => {
    const { body: created } = await callJson<CreatedKeyBody>("/v1/keys", {
      token: admin.key,
      body: { role: "editor", name: "Audited editor", expires_at: "2099-01-01T00:00:00Z" },
    });
    for (let i = 0; i < 2; i++) {
      expect((await call(`/v1/keys/${created.id}`, { method: "DELETE", token: admin.key })).status).toBe(204);
    }
    const trail = await trailOf(created.id);
    expect(trail.map((e) => [e.action, e.actor, e.changes])).toEqual([
      ["key.revoked", asAdmin(), { revoked_at: expect.stringMatching(/Z$/) }],
      ["key.created", asAdmin(), { name: "Audited editor", role: "editor", expires_at: "2099-01-01T00:00:00.000Z" }],
    ]);
    expect(trail[0]?.created_at).toBe(trail[0]?.changes.revoked_at);
    expect(JSON.stringify(trail)).not.toContain(created.key ?? "ctk_");
    expect(JSON.stringify(trail)).not.toContain("ctk_");
  });

  it("records a subscription's life: created, updated, secret rotated, deleted; never a secret", async () => {
    const url = "https://hooks.newsroom.example/audit";
    const { body: hook } = await callJson<CreatedWebhookBody>("/v1/webhooks", {
      token: admin.key,
      body: { url, events: ["claim.status_changed"] },
    });
    const patched = await call(`/v1/webhooks/${hook.id}`, {
      method: "PATCH",
      token: admin.key,
      body: { active: false, filter: { topics: ["gaza"] } },
    });
    expect(patched.status).toBe(200);
    const rotated = await callJson<{ secret: string }>(`/v1/webhooks/${hook.id}/rotate-secret`, {
      method: "POST",
      token: admin.key,
    });
    expect(rotated.res.status).toBe(200);
    expect((await call(`/v1/webhooks/${hook.id}`, { method: "DELETE", token: admin.key })).status).toBe(204);

    const trail = await trailOf(hook.id);
    expect(trail.map((e) => [e.action, e.actor, e.target_id])).toEqual([
      ["webhook.deleted", asAdmin(), hook.id],
      ["webhook.secret_rotated", asAdmin(), hook.id],
      ["webhook.updated", asAdmin(), hook.id],
      ["webhook.created", asAdmin(), hook.id],
    ]);
    expect(trail.map((e) => e.changes)).toEqual([
      { url },
      { previous_secret_expires_at: expect.stringMatching(/Z$/) },
      { active: false, filter: { topics: ["gaza"] } },
      {
        url,
        events: ["claim.status_changed"],
        filter: { claim_ids: null, speaker_ids: null, topics: null },
        active: true,
      },
    ]);
    const text = JSON.stringify(trail);
    for (const secret of [hook.secret ?? "whsec_", rotated.body.secret, "whsec_"]) expect(text).not.toContain(secret);
  });

  it("records nothing for a change that did not happen", async () => {
    const before = (await audit("?limit=100")).body.data;
    const missing = "whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1";
    await expectProblem(
      await call(`/v1/webhooks/${missing}`, { method: "PATCH", token: admin.key, body: { active: true } }),
      404,
      "webhook_not_found",
    );
    await expectProblem(
      await call(`/v1/webhooks/${missing}`, { method: "DELETE", token: admin.key }),
      404,
      "webhook_not_found",
    );
    await expectProblem(
      await call(`/v1/webhooks/${missing}/rotate-secret`, { method: "POST", token: admin.key }),
      404,
      "webhook_not_found",
    );
    await expectProblem(
      await call("/v1/keys/key_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", { method: "DELETE", token: admin.key }),
      404,
      "key_not_found",
    );
    await expectProblem(
      await call("/v1/keys", { token: admin.key, body: { role: "owner", name: "x" } }),
      400,
      "validation_failed",
    );
    expect((await audit("?limit=100")).body.data).toEqual(before);
  });

  it("records the desk's key changes under the signed-in key", async () => {
    const cookie = await signIn(admin.key);
    expect((await post("/desk/keys", cookie, { name: "Made at the audited desk", role: "editor" })).res.status).toBe(
      200,
    );
    const [entry] = (await audit("?action=key.created&limit=100")).body.data.filter(
      (e) => e.changes.name === "Made at the audited desk",
    );
    expect(entry).toMatchObject({ actor: asAdmin(), changes: { role: "editor", expires_at: null } });
    const revoked = await post(`/desk/keys/${entry?.target_id}/revoke`, cookie);
    expect(revoked.res.status).toBe(303);
    expect((await trailOf(entry?.target_id ?? "")).map((e) => [e.action, e.actor])).toEqual([
      ["key.revoked", asAdmin()],
      ["key.created", asAdmin()],
    ]);
  });

  it("filters by action and pages newest first", async () => {
    const all = (await audit("?limit=100")).body.data;
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort().reverse());
    const created = (await audit("?action=key.created&limit=100")).body.data;
    expect(created.length).toBeGreaterThan(2);
    expect(new Set(created.map((e) => e.action))).toEqual(new Set(["key.created"]));

    const first = await audit("?action=key.created&limit=2");
    expect(first.body.data).toEqual(created.slice(0, 2));
    const second = await audit(`?action=key.created&limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body.data).toEqual(created.slice(2, 4));
  });

  it("cannot be edited or deleted, even in the database", async () => {
    const [entry] = (await audit("?limit=1")).body.data;
    await expect(env.DB.prepare("update audit_events set actor_name = 'someone else'").run()).rejects.toThrow(
      /append-only/,
    );
    await expect(env.DB.prepare("delete from audit_events").run()).rejects.toThrow(/append-only/);
    expect((await audit("?limit=1")).body.data).toEqual([entry]);
  });

  it("answers 401 without a key and 403 for an editor", async () => {
    const res = await call("/v1/audit");
    expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="claimtrail"');
    await expectProblem(res, 401, "unauthenticated");
    const editor = await createKey("editor", "Curious editor");
    await expectProblem(await call("/v1/audit", { token: editor.key }), 403, "forbidden");
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?action=key.deleted", "action"],
    [`?target_id=${"x".repeat(65)}`, "target_id"],
  ])("answers 400 for %s, naming %s", async (query, path) => {
    const problem = await expectProblem(
      await call(`/v1/audit${query}`, { token: ADMIN_TOKEN }),
      400,
      "validation_failed",
    );
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it("answers 400 for a cursor it did not issue, and 405 for a write", async () => {
    await expectProblem(await call("/v1/audit?cursor=bogus", { token: ADMIN_TOKEN }), 400, "invalid_cursor");
    const res = await call("/v1/audit", { token: ADMIN_TOKEN, body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
