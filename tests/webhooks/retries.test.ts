import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, callJson, createClaim, createKey, type DeliveryBody, type WebhookBody } from "../helpers";
import {
  deliveriesOf,
  EVERY_MINUTE,
  hookName,
  makeDue,
  received,
  receivedAtLeast,
  runCron,
  script,
  subscribe,
  waitFor,
} from "./hooks";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

/** Waits until the delivery log shows a delivery matching `test`. */
function deliveryWhere(webhookId: string, what: string, test: (d: DeliveryBody) => boolean): Promise<DeliveryBody> {
  return waitFor(what, async () => (await deliveriesOf(webhookId)).find(test));
}

async function webhookNow(id: string): Promise<WebhookBody> {
  return (await callJson<WebhookBody>(`/v1/webhooks/${id}`, { token: ADMIN_TOKEN })).body;
}

/** The audit trail's record of the service switching a subscription off: exactly one row. */
async function expectDisabledAudit(id: string, reason: "gone" | "failing"): Promise<void> {
  const { body } = await callJson<{ data: unknown[] }>(`/v1/audit?target_id=${id}&action=webhook.disabled`, {
    token: ADMIN_TOKEN,
  });
  expect(body.data).toEqual([
    expect.objectContaining({
      action: "webhook.disabled",
      actor: { key_id: null, name: "Claimtrail" },
      target_id: id,
      changes: { active: false, disabled_reason: reason },
    }),
  ]);
}

describe("a receiver that fails, then recovers", () => {
  it("logs every attempt, retries with backoff under the same webhook-id, and delivers once it answers 2xx", async () => {
    const name = hookName("flaky");
    await script(name, [
      { status: 500, body: "database down" },
      { status: 503, body: "still down" },
    ]);
    const webhook = await subscribe(name);
    const claim = await createClaim(editor, { article: undefined });

    const first = await deliveryWhere(webhook.id, "the first failure", (d) => d.attempts.length === 1);
    expect(first).toMatchObject({ outcome: "pending", claim_id: claim.id });
    const [attempt] = first.attempts;
    expect(attempt).toMatchObject({ number: 1, response_status: 500, response_excerpt: "database down" });
    // The wait runs from the end of the attempt (attempted_at is its start): 5 s ± 20 %, give or take
    // the millisecond that rounding duration_ms loses.
    const ended = Date.parse(attempt?.attempted_at ?? "") + (attempt?.duration_ms ?? Number.NaN);
    const delay = Date.parse(attempt?.next_attempt_at ?? "") - ended;
    expect(delay).toBeGreaterThanOrEqual(4_000 - 2);
    expect(delay).toBeLessThanOrEqual(6_000 + 2);
    expect(first.next_attempt_at).toBe(attempt?.next_attempt_at);

    await makeDue(first.id);
    await runCron(EVERY_MINUTE);
    const second = await deliveryWhere(webhook.id, "the second failure", (d) => d.attempts.length === 2);
    const wait =
      Date.parse(second.attempts[1]?.next_attempt_at ?? "") - Date.parse(second.attempts[1]?.attempted_at ?? "");
    expect(wait).toBeGreaterThanOrEqual(240_000);
    expect(wait).toBeLessThanOrEqual(360_000);

    await makeDue(first.id);
    await runCron(EVERY_MINUTE);
    const done = await deliveryWhere(webhook.id, "the success", (d) => d.outcome === "succeeded");
    expect(done.attempts.map((a) => a.response_status)).toEqual([500, 503, 204]);
    expect(done.next_attempt_at).toBeNull();
    const requests = await received(name);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([first.id]));
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect((await webhookNow(webhook.id)).active).toBe(true);
  });

  it("keeps a claim's events in order: a later one waits while an earlier one is retried", async () => {
    const name = hookName("ordered");
    await script(name, [{ status: 500 }]);
    const webhook = await subscribe(name);
    const claim = await createClaim(editor, { article: undefined });
    const created = await deliveryWhere(webhook.id, "claim.created to fail", (d) => d.attempts.length === 1);
    for (const status of ["under_review", "false"]) {
      await callJson(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status } });
    }
    const waiting = await waitFor("both status changes to be parked", async () => {
      const log = await deliveriesOf(webhook.id);
      const parked = log.filter((d) => d.event_type === "claim.status_changed" && d.next_attempt_at === null);
      return parked.length === 2 ? parked : undefined;
    });
    expect(waiting.map((d) => d.outcome)).toEqual(["pending", "pending"]);
    expect(waiting.every((d) => d.attempts.length === 0)).toBe(true);
    expect(await received(name)).toHaveLength(1);

    await makeDue(created.id);
    await runCron(EVERY_MINUTE);
    const requests = await receivedAtLeast(name, 4);
    const order = requests.map((r) => {
      const payload = JSON.parse(r.body) as { type: string; data: { claim: { version: number } } };
      return `${payload.type} v${payload.data.claim.version}`;
    });
    expect(order).toEqual([
      "claim.created v1",
      "claim.created v1",
      "claim.status_changed v2",
      "claim.status_changed v3",
    ]);
  });
});

describe("giving up", () => {
  it("disables a subscription at once when it answers 410 Gone, and sends it nothing more", async () => {
    const name = hookName("gone");
    await script(name, [{ status: 410 }]);
    const webhook = await subscribe(name);
    await createClaim(editor, { article: undefined });
    const gone = await deliveryWhere(webhook.id, "the 410", (d) => d.outcome === "failed");
    expect(gone.attempts).toEqual([expect.objectContaining({ response_status: 410, next_attempt_at: null })]);
    expect(await webhookNow(webhook.id)).toMatchObject({ active: false, disabled_reason: "gone" });
    await expectDisabledAudit(webhook.id, "gone");
    await createClaim(editor, { article: undefined });
    const witness = hookName("witness");
    await subscribe(witness);
    await createClaim(editor, { article: undefined });
    await receivedAtLeast(witness, 1);
    expect(await received(name)).toHaveLength(1);
  });

  it("stops retrying a delivery 3 days after its first attempt, and disables a subscription failing that long", async () => {
    const name = hookName("failing");
    await script(name, [{ status: 500 }, { status: 500 }]);
    const webhook = await subscribe(name);
    await createClaim(editor, { article: undefined });
    const pending = await deliveryWhere(webhook.id, "the first failure", (d) => d.attempts.length === 1);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
    await env.DB.batch([
      env.DB.prepare("update deliveries set first_attempt_at = ? where id = ?").bind(threeDaysAgo, pending.id),
      env.DB.prepare("update webhooks set failing_since = ? where id = ?").bind(threeDaysAgo, webhook.id),
    ]);
    await makeDue(pending.id);
    await runCron(EVERY_MINUTE);
    const failed = await deliveryWhere(webhook.id, "the last attempt", (d) => d.outcome === "failed");
    expect(failed.attempts).toHaveLength(2);
    expect(failed.attempts[1]).toMatchObject({ response_status: 500, next_attempt_at: null });
    expect(await webhookNow(webhook.id)).toMatchObject({ active: false, disabled_reason: "failing" });
    await expectDisabledAudit(webhook.id, "failing");

    const revived = await callJson<WebhookBody>(`/v1/webhooks/${webhook.id}`, {
      method: "PATCH",
      token: ADMIN_TOKEN,
      body: { active: true },
    });
    expect(revived.body).toMatchObject({ active: true, disabled_reason: null });
    await createClaim(editor, { article: undefined });
    await receivedAtLeast(name, 3);
  });
});
