import { createExecutionContext, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { blinkenClaim, type ClaimBody, call, createKey, ORIGIN, type StatusUpdateBody } from "../helpers";
import {
  deliveriesOf,
  EVERY_MINUTE,
  hookName,
  received,
  receivedAtLeast,
  runCron,
  subscribe,
  verified,
  waitFor,
} from "../webhooks/hooks";
import { claimNow, eventsIn, expectIntactChain, outboxOf, pause } from "./support";

vi.setConfig({ testTimeout: 30_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The events Queue, down: every send is refused, as the producer binding does when Queues fail. */
const queueDown = {
  send: () => Promise.reject(new Error("Queue send failed: service unavailable")),
  sendBatch: () => Promise.reject(new Error("Queue send failed: service unavailable")),
} as unknown as Env["EVENTS_QUEUE"];

/**
 * Runs `writes` while the claim's own writer (the live Durable Object the API calls) hands its
 * events to a Queue that is down. Everything else, D1 included, is real.
 */
async function withWriterQueueDown<T>(claimId: string, writes: () => Promise<T>): Promise<T> {
  const stub = env.WRITER.get(env.WRITER.idFromName(claimId));
  const original = await runInDurableObject(stub, (writer) => {
    const own = Reflect.get(writer, "env") as Env;
    Reflect.set(writer, "env", { ...own, EVENTS_QUEUE: queueDown });
    return own;
  });
  try {
    return await writes();
  } finally {
    await runInDurableObject(stub, (writer) => Reflect.set(writer, "env", original));
  }
}

/** Unfanned outbox rows: events the Queue never got. */
async function unsent(claimId: string): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from events where claim_id = ? and fanned_out_at is null")
    .bind(claimId)
    .first<{ n: number }>();
  return row?.n ?? -1;
}

describe("the Queue send failing after the write", () => {
  it("still answers 201; the events wait in the outbox and the minute cron delivers each exactly once, in order", async () => {
    const sendFailures = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const hook = hookName("queue-down");
    const webhook = await subscribe(hook);

    const ctx = createExecutionContext();
    const created = await worker.fetch(
      new Request(`${ORIGIN}/v1/claims`, {
        method: "POST",
        headers: { Authorization: `Bearer ${editor}`, "Content-Type": "application/json" },
        body: JSON.stringify(blinkenClaim({ article: undefined })),
      }),
      { ...env, EVENTS_QUEUE: queueDown },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(created.status).toBe(201);
    const claim = await created.json<ClaimBody>();

    const [update, patched] = await withWriterQueueDown(claim.id, async () => {
      const res = await call(`/v1/claims/${claim.id}/updates`, {
        token: editor,
        headers: { "Idempotency-Key": "queue-down-rating" },
        body: { status: "under_review", note: "Checking the negotiating texts." },
      });
      expect(res.status).toBe(201);
      const edit = await call(`/v1/claims/${claim.id}`, {
        method: "PATCH",
        token: editor,
        body: { summary: "Share of the issues agreed in the ceasefire talks" },
      });
      expect(edit.status).toBe(200);
      return [await res.json<StatusUpdateBody>(), await edit.json<ClaimBody>()];
    });
    expect(patched.version).toBe(3);
    expect(JSON.stringify(sendFailures.mock.calls)).toMatch(/queue_send_failed/);

    expect(await claimNow(claim.id)).toMatchObject({ version: 3, status: { code: "under_review" } });
    await expectIntactChain(claim.id, 2);
    expect((await outboxOf(claim.id)).map((e) => `${e.type} v${e.claim_version}`)).toEqual([
      "claim.created v1",
      "claim.status_changed v2",
      "claim.updated v3",
    ]);
    expect(await unsent(claim.id)).toBe(3);
    // A subscription made while the events wait is not sent them: they happened before it existed.
    const late = hookName("late");
    await subscribe(late);

    // Within the minute the cron leaves young events to the Queue send that may still be on its way.
    await runCron(EVERY_MINUTE);
    await pause(300);
    expect(await received(hook)).toEqual([]);

    const later = Date.now() + 2 * 60_000;
    await runCron(EVERY_MINUTE, later);
    const requests = await receivedAtLeast(hook, 3);
    expect(eventsIn(requests)).toEqual(["claim.created v1", "claim.status_changed v2", "claim.updated v3"]);
    for (const request of requests) expect(verified(webhook.secret ?? "", request)).toBeTruthy();
    expect(JSON.parse(requests[1]?.body ?? "{}")).toMatchObject({ data: { update } });
    expect(await unsent(claim.id)).toBe(0);

    for (const minutes of [3, 4, 15, 60]) await runCron(EVERY_MINUTE, Date.now() + minutes * 60_000);
    await pause(500);
    expect(await received(hook)).toHaveLength(3);
    const log = await deliveriesOf(webhook.id);
    expect(log.map((d) => [d.event_type, d.outcome, d.attempts.length])).toEqual([
      ["claim.updated", "succeeded", 1],
      ["claim.status_changed", "succeeded", 1],
      ["claim.created", "succeeded", 1],
    ]);
    expect(await received(late)).toEqual([]);

    const after = await call(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "half_true" } });
    expect(after.status).toBe(201);
    expect(eventsIn(await receivedAtLeast(hook, 4)).at(-1)).toBe("claim.status_changed v4");
  });

  it("keeps a claim's order when only an earlier event's send failed: the later one waits for it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const claim = (await (
      await call("/v1/claims", { token: editor, body: blinkenClaim({ article: undefined }) })
    ).json()) as ClaimBody;
    const hook = hookName("order");
    const webhook = await subscribe(hook, { events: ["claim.status_changed"], filter: { claim_ids: [claim.id] } });
    await withWriterQueueDown(claim.id, async () => {
      const res = await call(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "under_review" } });
      expect(res.status).toBe(201);
    });
    const res = await call(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "false" } });
    expect(res.status).toBe(201);
    const [parked] = await waitFor("the later delivery to wait", async () => {
      const log = await deliveriesOf(webhook.id);
      return log[0]?.next_attempt_at === null ? log : undefined;
    });
    expect(parked).toMatchObject({ event_type: "claim.status_changed", outcome: "pending", attempts: [] });
    expect(await received(hook)).toEqual([]);

    await runCron(EVERY_MINUTE, Date.now() + 2 * 60_000);
    const requests = await receivedAtLeast(hook, 2);
    expect(eventsIn(requests)).toEqual(["claim.status_changed v2", "claim.status_changed v3"]);
    for (const request of requests) expect(verified(webhook.secret ?? "", request)).toBeTruthy();
    await pause(300);
    expect(await received(hook)).toHaveLength(2);
  });
});
