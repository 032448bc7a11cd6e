import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { ADMIN_TOKEN, blinkenClaim, type ClaimBody, ORIGIN } from "../helpers";
import { EVERY_MINUTE, hookName, received, receivedAtLeast, runCron, subscribe, verified } from "./hooks";

vi.setConfig({ testTimeout: 20_000 });

/** A Queue binding that is down: every send fails, as when the Worker dies right after its write. */
const queueDown = {
  send: () => Promise.reject(new Error("Queue unavailable")),
  sendBatch: () => Promise.reject(new Error("Queue unavailable")),
} as unknown as Env["EVENTS_QUEUE"];

describe("the transactional outbox", () => {
  it("delivers an event whose Queue send failed exactly once, from the minute cron", async () => {
    const name = hookName("outbox");
    const webhook = await subscribe(name);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${ORIGIN}/v1/claims`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify(blinkenClaim({ article: undefined })),
      }),
      { ...env, EVENTS_QUEUE: queueDown },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(201);
    const claim = await res.json<ClaimBody>();
    const stored = await env.DB.prepare("select id, fanned_out_at from events where claim_id = ?")
      .bind(claim.id)
      .first<{ id: string; fanned_out_at: string | null }>();
    expect(stored).toMatchObject({ id: expect.stringMatching(/^evt_/), fanned_out_at: null });

    await runCron(EVERY_MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await received(name)).toEqual([]);

    const inTwoMinutes = Date.now() + 2 * 60_000;
    await runCron(EVERY_MINUTE, inTwoMinutes);
    const [request] = await receivedAtLeast(name, 1);
    expect(verified(webhook.secret ?? "", request ?? { headers: {}, body: "", at: 0 })).toMatchObject({
      type: "claim.created",
      data: { claim: { id: claim.id } },
    });

    await runCron(EVERY_MINUTE, inTwoMinutes + 60_000);
    await runCron(EVERY_MINUTE, inTwoMinutes + 20 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await received(name)).toHaveLength(1);
  });

  it("writes the event in the claim's own batch: a claim that was not written has no event", async () => {
    const before = await env.DB.prepare("select count(*) as n from events").first<{ n: number }>();
    const res = await worker.fetch(
      new Request(`${ORIGIN}/v1/claims`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify(blinkenClaim({ speaker: { id: "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" } })),
      }),
      env,
      createExecutionContext(),
    );
    expect(res.status).toBe(404);
    expect(await env.DB.prepare("select count(*) as n from events").first<{ n: number }>()).toEqual(before);
  });
});
