import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, call, createClaim, createKey } from "../helpers";
import { deliveriesOf, hookName, receivedAtLeast, runCron, subscribe, waitFor } from "./hooks";

vi.setConfig({ testTimeout: 20_000 });

const DAILY = "0 3 * * *";
const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())?.n;

describe("the daily cron", () => {
  it("prunes expired Idempotency-Key records and finished deliveries older than 30 days, and keeps the rest", async () => {
    const editor = (await createKey("editor")).key;
    const name = hookName("prune");
    const webhook = await subscribe(name);
    await call("/v1/articles", {
      token: editor,
      headers: { "Idempotency-Key": "kept" },
      body: { url: "https://prune.example/kept" },
    });
    await call("/v1/articles", {
      token: editor,
      headers: { "Idempotency-Key": "expired" },
      body: { url: "https://prune.example/expired" },
    });
    await env.DB.prepare("update idempotency_records set expires_at = ? where key = 'expired'")
      .bind(new Date(Date.now() - 1000).toISOString())
      .run();
    await createClaim(editor, { article: undefined });
    await createClaim(editor, { article: undefined });
    await receivedAtLeast(name, 2);
    const [recent, old] = await waitFor("two finished deliveries", async () => {
      const log = await deliveriesOf(webhook.id);
      return log.length === 2 && log.every((d) => d.outcome === "succeeded") ? log : undefined;
    });
    await env.DB.prepare("update deliveries set updated_at = ? where id = ?")
      .bind(new Date(Date.now() - 31 * 86_400_000).toISOString(), old?.id)
      .run();

    await runCron(DAILY);

    expect((await deliveriesOf(webhook.id)).map((d) => d.id)).toEqual([recent?.id]);
    expect(await count(`select count(*) as n from delivery_attempts where delivery_id = '${old?.id}'`)).toBe(0);
    expect(await count("select count(*) as n from idempotency_records where key = 'expired'")).toBe(0);
    expect(await count("select count(*) as n from idempotency_records where key = 'kept'")).toBe(1);
    const kept = await call("/v1/articles", {
      token: editor,
      headers: { "Idempotency-Key": "kept" },
      body: { url: "https://prune.example/kept" },
    });
    expect(kept.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await call(`/v1/webhooks/${webhook.id}`, { token: ADMIN_TOKEN })).status).toBe(200);
  });
});
