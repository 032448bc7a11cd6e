import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import {
  ADMIN_TOKEN,
  type CreatedWebhookBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  ORIGIN,
  type WebhookBody,
} from "../helpers";
import { hookName, hookUrl, receivedAtLeast, subscribe, verified } from "./hooks";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

const admin = (method: string, path: string, body?: unknown) =>
  callJson<WebhookBody>(path, { method, token: ADMIN_TOKEN, body });

describe("webhook subscriptions", () => {
  it("creates a subscription, shows its secret once, and never lists it again", async () => {
    const url = hookUrl(hookName("crud"));
    const { res, body } = await callJson<CreatedWebhookBody>("/v1/webhooks", {
      token: ADMIN_TOKEN,
      body: { url, events: ["claim.status_changed", "claim.status_changed"], filter: { topics: ["Gaza"] } },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/webhooks/${body.id}`);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(body).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url,
      events: ["claim.status_changed"],
      filter: { claim_ids: null, speaker_ids: null, topics: ["gaza"] },
      active: true,
      disabled_reason: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      links: { self: `${ORIGIN}/v1/webhooks/${body.id}`, deliveries: `${ORIGIN}/v1/webhooks/${body.id}/deliveries` },
    });
    const got = await admin("GET", `/v1/webhooks/${body.id}`);
    const { secret: _secret, ...listed } = body;
    expect(got.body).toEqual(listed);
    const list = await callJson<ListBody<WebhookBody>>("/v1/webhooks", { token: ADMIN_TOKEN });
    expect(list.body.data).toContainEqual(listed);
    expect(JSON.stringify(list.body)).not.toContain("whsec_");
  });

  it("replays an Idempotency-Key with the same id and no secret", async () => {
    const headers = { "Idempotency-Key": "subscribe-once" };
    const body = { url: hookUrl(hookName("idem")) };
    const first = await callJson<CreatedWebhookBody>("/v1/webhooks", { token: ADMIN_TOKEN, headers, body });
    const again = await callJson<CreatedWebhookBody>("/v1/webhooks", { token: ADMIN_TOKEN, headers, body });
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body).toEqual({ ...first.body, secret: null });
  });

  it("changes url, events, filter and active with PATCH; null clears events and filter", async () => {
    const webhook = await subscribe(hookName("patch"), { events: ["claim.created"], filter: { topics: ["a"] } });
    const moved = hookUrl(hookName("moved"));
    const patched = await admin("PATCH", `/v1/webhooks/${webhook.id}`, {
      url: moved,
      events: null,
      filter: { speaker_ids: ["spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"] },
      active: false,
    });
    expect(patched.res.status).toBe(200);
    expect(patched.body).toMatchObject({
      url: moved,
      events: null,
      filter: { claim_ids: null, speaker_ids: ["spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"], topics: null },
      active: false,
      disabled_reason: null,
    });
    expect((await admin("PATCH", `/v1/webhooks/${webhook.id}`, { filter: null })).body.filter).toEqual({
      claim_ids: null,
      speaker_ids: null,
      topics: null,
    });
  });

  it("deletes a subscription and its delivery log", async () => {
    const name = hookName("deleted");
    const webhook = await subscribe(name);
    await createClaim(editor, { article: undefined });
    await receivedAtLeast(name, 1);
    expect((await call(`/v1/webhooks/${webhook.id}`, { method: "DELETE", token: ADMIN_TOKEN })).status).toBe(204);
    await expectProblem(await call(`/v1/webhooks/${webhook.id}`, { token: ADMIN_TOKEN }), 404, "webhook_not_found");
    await expectProblem(
      await call(`/v1/webhooks/${webhook.id}/deliveries`, { token: ADMIN_TOKEN }),
      404,
      "webhook_not_found",
    );
    const left = await env.DB.prepare("select count(*) as n from deliveries where webhook_id = ?")
      .bind(webhook.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("answers 404 for unknown subscriptions and deliveries, 403 to an editor, 401 without a key", async () => {
    const unknown = "whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1";
    for (const [method, path] of [
      ["GET", `/v1/webhooks/${unknown}`],
      ["PATCH", `/v1/webhooks/${unknown}`],
      ["DELETE", `/v1/webhooks/${unknown}`],
      ["POST", `/v1/webhooks/${unknown}/rotate-secret`],
      ["POST", `/v1/webhooks/${unknown}/test`],
    ] as const) {
      const res = await call(path, {
        method,
        token: ADMIN_TOKEN,
        body: method === "PATCH" ? { active: true } : undefined,
      });
      await expectProblem(res, 404, "webhook_not_found");
    }
    const webhook = await subscribe(hookName("owner"));
    await expectProblem(
      await call(`/v1/webhooks/${webhook.id}/deliveries/dlv_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1`, { token: ADMIN_TOKEN }),
      404,
      "delivery_not_found",
    );
    await expectProblem(await call("/v1/webhooks", { token: editor }), 403, "forbidden");
    await expectProblem(await call("/v1/webhooks", { body: { url: hookUrl("x") } }), 401, "unauthenticated");
  });

  it("refuses to test or redeliver to a switched-off subscription", async () => {
    const webhook = await subscribe(hookName("off"), { active: false });
    const res = await call(`/v1/webhooks/${webhook.id}/test`, { method: "POST", token: ADMIN_TOKEN });
    expect(res.headers.get("Retry-After")).toBe("1");
    await expectProblem(res, 409, "webhook_inactive");
  });

  it("answers bad bodies with 400 naming the field", async () => {
    for (const [body, path] of [
      [{}, "url"],
      [{ url: hookUrl("x"), events: ["claim.deleted"] }, "events[0]"],
      [{ url: hookUrl("x"), events: [] }, "events"],
      [{ url: hookUrl("x"), filter: { claim_ids: ["not-an-id"] } }, "filter.claim_ids[0]"],
      [{ url: hookUrl("x"), filter: { colour: ["red"] } }, "filter"],
      [{ url: hookUrl("x"), active: "yes" }, "active"],
      [{ url: 42 }, "url"],
    ] as const) {
      const problem = await expectProblem(
        await call("/v1/webhooks", { token: ADMIN_TOKEN, body }),
        400,
        "validation_failed",
      );
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    }
  });
});

describe("subscription URLs in production (ALLOW_PRIVATE_WEBHOOKS unset)", () => {
  const production = { ...env, ALLOW_PRIVATE_WEBHOOKS: "false" };
  const subscribeIn = (url: string) =>
    worker.fetch(
      new Request(`${ORIGIN}/v1/webhooks`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ url }),
      }),
      production,
      createExecutionContext(),
    );

  it.each([
    ["http://hooks.newsroom.example/x", /https/],
    ["https://127.0.0.1/x", /IP address/],
    ["https://2130706433/x", /IP address/],
    ["https://0x7f000001/x", /IP address/],
    ["https://0x7f.1/x", /IP address/],
    ["https://0177.0.0.1/x", /IP address/],
    ["https://127.1/x", /IP address/],
    ["https://0.0.0.0/x", /IP address/],
    ["https://10.0.0.8/x", /IP address/],
    ["https://172.16.0.1/x", /IP address/],
    ["https://192.168.1.1/x", /IP address/],
    ["https://169.254.169.254/latest/meta-data", /IP address/],
    ["https://[::1]/x", /IP address/],
    ["https://[::]/x", /IP address/],
    ["https://[fe80::1]/x", /IP address/],
    ["https://[::ffff:127.0.0.1]/x", /IP address/],
    ["https://[::ffff:7f00:1]/x", /IP address/],
    ["https://[fd00::1]/x", /IP address/],
    ["https://localhost/x", /localhost/],
    ["https://LOCALHOST./x", /localhost/],
    ["https://api.localhost/x", /localhost/],
    ["https://printer.local/x", /local-network/],
    ["https://db.internal/x", /local-network/],
    ["https://router.home.arpa/x", /local-network/],
    ["https://intranet/x", /fully qualified/],
    ["https://hooks.newsroom.example:8443/x", /default https port/],
    ["https://hooks.newsroom.example:80/x", /default https port/],
    ["https://user:pass@hooks.newsroom.example/x", /user name or password/],
    ["https://user@hooks.newsroom.example/x", /user name or password/],
    ["https://@hooks.newsroom.example/x", /user name or password/],
    ["https:///hooks.newsroom.example/x", /https:\/\//],
    ["ftp://hooks.newsroom.example/x", /https/],
    ["javascript:alert(1)", /https|URL/],
    ["file:///etc/passwd", /https/],
  ])("refuses %s with 422 and the reason", async (url, reason) => {
    const problem = await expectProblem(await subscribeIn(url), 422, "url_not_allowed");
    expect(problem.errors).toEqual([{ path: "url", message: expect.stringMatching(reason) }]);
    expect(problem.detail).toMatch(reason);
  });

  it.each([
    "https://hooks.newsroom.example/claimtrail",
    "https://hooks.newsroom.example:443/claimtrail?source=claimtrail",
    "https://hooks.newsroom.example./x",
    "https://bücher.example/hooks",
  ])("accepts %s", async (url) => {
    const res = await subscribeIn(url);
    expect(res.status).toBe(201);
    expect((await res.json<CreatedWebhookBody>()).url).toBe(url);
  });

  it("checks a URL changed by PATCH the same way", async () => {
    const created = await (await subscribeIn("https://hooks.newsroom.example/patchable")).json<WebhookBody>();
    const res = await worker.fetch(
      new Request(`${ORIGIN}/v1/webhooks/${created.id}`, {
        method: "PATCH",
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ url: "https://169.254.169.254/" }),
      }),
      production,
      createExecutionContext(),
    );
    await expectProblem(res, 422, "url_not_allowed");
  });
});

describe("rotating the signing secret", () => {
  it("signs with the old and the new secret for 24 hours, then with the new one only", async () => {
    const name = hookName("rotation");
    const webhook = await subscribe(name);
    const rotated = await callJson<{ secret: string; previous_secret_expires_at: string }>(
      `/v1/webhooks/${webhook.id}/rotate-secret`,
      { method: "POST", token: ADMIN_TOKEN },
    );
    expect(rotated.res.status).toBe(200);
    expect(rotated.res.headers.get("Cache-Control")).toBe("no-store");
    expect(rotated.body.secret).not.toBe(webhook.secret);
    const overlap = Date.parse(rotated.body.previous_secret_expires_at) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3600_000);
    expect((await admin("GET", `/v1/webhooks/${webhook.id}`)).body.previous_secret_expires_at).toBe(
      rotated.body.previous_secret_expires_at,
    );

    await call(`/v1/webhooks/${webhook.id}/test`, { method: "POST", token: ADMIN_TOKEN });
    const [during] = await receivedAtLeast(name, 1);
    if (!during) throw new Error("nothing received");
    expect(during.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(verified(rotated.body.secret, during)).toMatchObject({ type: "webhook.test" });
    expect(verified(webhook.secret ?? "", during)).toMatchObject({ type: "webhook.test" });

    await env.DB.prepare("update webhooks set previous_secret_expires_at = ? where id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), webhook.id)
      .run();
    await call(`/v1/webhooks/${webhook.id}/test`, { method: "POST", token: ADMIN_TOKEN });
    const [, after] = await receivedAtLeast(name, 2);
    if (!after) throw new Error("nothing received");
    expect(after.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(verified(rotated.body.secret, after)).toMatchObject({ type: "webhook.test" });
    expect(() => verified(webhook.secret ?? "", after)).toThrow();
    expect((await admin("GET", `/v1/webhooks/${webhook.id}`)).body.previous_secret_expires_at).toBeNull();
  });
});
