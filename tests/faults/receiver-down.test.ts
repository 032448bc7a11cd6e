import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { RETRY_DELAYS_S } from "../../src/domain/webhooks";
import {
  ADMIN_TOKEN,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  type DeliveryBody,
  type WebhookBody,
} from "../helpers";
import {
  deliveriesOf,
  EVERY_MINUTE,
  hookName,
  received,
  receivedAtLeast,
  runCron,
  script,
  subscribe,
  verified,
  waitFor,
} from "../webhooks/hooks";
import type { Received } from "../webhooks/receiver";
import { eventsIn, pause } from "./support";

vi.setConfig({ testTimeout: 60_000 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

// A simulated clock for the whole Worker (it runs in this isolate): real time plus the days the
// test skips. Attempts, retry schedules, signatures and the cron all read it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

/** A receiver that answers 503 to everything until `recover`. */
async function downHook(label: string) {
  const hook = hookName(label);
  await script(
    hook,
    Array.from({ length: 100 }, () => ({ status: 503, body: "down for maintenance" })),
  );
  return { hook, recover: () => script(hook, []) };
}

async function deliveryNow(webhookId: string, id: string): Promise<DeliveryBody> {
  const found = (await deliveriesOf(webhookId)).find((d) => d.id === id);
  if (!found) throw new Error(`no delivery ${id}`);
  return found;
}

/**
 * Lets simulated time pass, retry by retry: moves the clock to the delivery's next attempt and runs
 * the minute cron, as Cloudflare would then, until the delivery is finished or its next attempt
 * falls after `until`.
 */
async function letTimePass(webhookId: string, id: string, until = Number.POSITIVE_INFINITY): Promise<DeliveryBody> {
  for (;;) {
    const delivery = await deliveryNow(webhookId, id);
    if (delivery.outcome !== "pending" || delivery.next_attempt_at === null) return delivery;
    const due = Date.parse(delivery.next_attempt_at);
    if (due > until) return delivery;
    vi.setSystemTime(Math.max(Date.now(), due + 1000));
    await runCron(EVERY_MINUTE, Date.now());
    await waitFor(`attempt ${delivery.attempts.length + 1} of ${id}`, async () => {
      const now = await deliveryNow(webhookId, id);
      return now.attempts.length > delivery.attempts.length ? now : undefined;
    });
  }
}

/** Each attempt's wait before the next, in seconds, as the delivery log shows it. */
function waits(delivery: DeliveryBody): number[] {
  return delivery.attempts
    .filter((a) => a.next_attempt_at !== null)
    .map((a) => (Date.parse(a.next_attempt_at ?? "") - Date.parse(a.attempted_at)) / 1000);
}

async function webhookNow(id: string): Promise<WebhookBody> {
  return (await callJson<WebhookBody>(`/v1/webhooks/${id}`, { token: ADMIN_TOKEN })).body;
}

function idsOf(requests: Received[]): string[] {
  return requests.map((r) => r.headers["webhook-id"] ?? "");
}

describe("a receiver down for two days", () => {
  it("gets the event once it is back, signed, after every attempt was logged; later events wait their turn", async () => {
    const { hook, recover } = await downHook("two-days");
    const webhook = await subscribe(hook);
    const start = Date.now();
    const claim = await createClaim(editor, { article: undefined });
    const [first] = await waitFor("the first attempt", async () => {
      const log = await deliveriesOf(webhook.id);
      return log[0]?.attempts.length ? log : undefined;
    });
    if (!first) throw new Error("no delivery");

    for (const status of ["under_review", "mostly_true"]) {
      vi.setSystemTime(Date.now() + 6 * HOUR);
      const res = await call(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status } });
      expect(res.status).toBe(201);
    }
    const down = await letTimePass(webhook.id, first.id, start + 2 * DAY);
    expect(down.outcome).toBe("pending");
    expect(down.attempts.length).toBeGreaterThanOrEqual(7);
    expect(down.attempts.every((a) => a.response_status === 503)).toBe(true);
    waits(down).forEach((wait, i) => {
      const planned = RETRY_DELAYS_S[i] ?? 86_400;
      expect(wait).toBeGreaterThanOrEqual(planned * 0.8 - 1);
      expect(wait).toBeLessThanOrEqual(planned * 1.2 + 1);
    });
    const waiting = (await deliveriesOf(webhook.id)).filter((d) => d.id !== first.id);
    expect(waiting.map((d) => [d.event_type, d.outcome, d.attempts.length, d.next_attempt_at])).toEqual([
      ["claim.status_changed", "pending", 0, null],
      ["claim.status_changed", "pending", 0, null],
    ]);
    expect(await webhookNow(webhook.id)).toMatchObject({ active: true, disabled_reason: null });

    await recover();
    const delivered = await letTimePass(webhook.id, first.id);
    expect(delivered.outcome).toBe("succeeded");
    expect(delivered.attempts.map((a) => a.response_status)).toEqual([...Array(down.attempts.length).fill(503), 204]);
    expect(Date.now() - start).toBeGreaterThan(2 * DAY);

    const requests = await receivedAtLeast(hook, delivered.attempts.length + 2);
    const succeeded = requests.slice(delivered.attempts.length - 1);
    expect(eventsIn(succeeded)).toEqual(["claim.created v1", "claim.status_changed v2", "claim.status_changed v3"]);
    for (const request of succeeded) expect(verified(webhook.secret ?? "", request)).toBeTruthy();
    expect(new Set(idsOf(requests.slice(0, delivered.attempts.length)))).toEqual(new Set([first.id]));
    await pause(500);
    expect(await received(hook)).toHaveLength(delivered.attempts.length + 2);
    const log = await deliveriesOf(webhook.id);
    expect(log.map((d) => [d.outcome, d.attempts.length])).toEqual([
      ["succeeded", 1],
      ["succeeded", 1],
      ["succeeded", delivered.attempts.length],
    ]);
    expect(await webhookNow(webhook.id)).toMatchObject({ active: true, disabled_reason: null });
  });
});

describe("a receiver down for longer than three days", () => {
  it("has its subscription switched off as failing; re-enabled, every missed delivery can be redelivered", async () => {
    const { hook, recover } = await downHook("four-days");
    const webhook = await subscribe(hook);
    const start = Date.now();
    const claim: ClaimBody = await createClaim(editor, { article: undefined });
    const [first] = await waitFor("the first attempt", async () => {
      const log = await deliveriesOf(webhook.id);
      return log[0]?.attempts.length ? log : undefined;
    });
    if (!first) throw new Error("no delivery");
    vi.setSystemTime(Date.now() + HOUR);
    expect((await call(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "false" } })).status).toBe(
      201,
    );

    const gaveUp = await letTimePass(webhook.id, first.id);
    expect(gaveUp.outcome).toBe("failed");
    expect(gaveUp.attempts.every((a) => a.response_status === 503)).toBe(true);
    const last = gaveUp.attempts.at(-1);
    expect(Date.parse(last?.attempted_at ?? "") - start).toBeGreaterThanOrEqual(3 * DAY);
    expect(last?.next_attempt_at).toBeNull();
    expect(await webhookNow(webhook.id)).toMatchObject({ active: false, disabled_reason: "failing" });
    const failed = await waitFor("every delivery to end", async () => {
      const log = await deliveriesOf(webhook.id);
      return log.every((d) => d.outcome === "failed") ? log : undefined;
    });
    expect(failed.map((d) => [d.event_type, d.attempts.length])).toEqual([
      ["claim.status_changed", 0],
      ["claim.created", gaveUp.attempts.length],
    ]);
    const retry = (id: string) =>
      call(`/v1/webhooks/${webhook.id}/deliveries/${id}/retry`, { method: "POST", token: ADMIN_TOKEN });
    expect((await retry(first.id)).status).toBe(409);

    await recover();
    const revived = await callJson<WebhookBody>(`/v1/webhooks/${webhook.id}`, {
      method: "PATCH",
      token: ADMIN_TOKEN,
      body: { active: true },
    });
    expect(revived.body).toMatchObject({ active: true, disabled_reason: null });
    for (const delivery of [...failed].reverse()) expect((await retry(delivery.id)).status).toBe(202);

    const before = gaveUp.attempts.length;
    const requests = await receivedAtLeast(hook, before + 2);
    const redelivered = requests.slice(before);
    expect(eventsIn(redelivered)).toEqual(["claim.created v1", "claim.status_changed v2"]);
    expect(idsOf(redelivered)).toEqual([first.id, failed[0]?.id]);
    for (const request of redelivered) expect(verified(webhook.secret ?? "", request)).toBeTruthy();
    const log = await waitFor("both redeliveries to be logged", async () => {
      const now = await deliveriesOf(webhook.id);
      return now.every((d) => d.outcome === "succeeded") ? now : undefined;
    });
    expect(log.map((d) => d.attempts.at(-1)?.response_status)).toEqual([204, 204]);
    expect(log[1]?.attempts).toHaveLength(before + 1);
    await pause(500);
    expect(await received(hook)).toHaveLength(before + 2);
  });
});
