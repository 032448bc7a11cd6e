import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { inject } from "vitest";
import worker from "../../src/index";
import { ADMIN_TOKEN, type CreatedWebhookBody, callJson, type DeliveryBody, type ListBody } from "../helpers";
import type { Received, Scripted } from "./receiver";

const receiver = inject("receiverUrl");

/** A hook name no other test uses, so what the receiver records is this test's alone. */
export function hookName(label: string): string {
  return `${label}-${crypto.randomUUID().slice(0, 8)}`;
}

export const hookUrl = (name: string) => `${receiver}/${name}`;

/** The receiver's next answers for this hook (204 once these run out). */
export async function script(name: string, answers: Scripted[]): Promise<void> {
  await fetch(`${receiver}/__script/${name}`, { method: "PUT", body: JSON.stringify(answers) });
}

export async function received(name: string): Promise<Received[]> {
  return (await fetch(`${receiver}/__received/${name}`)).json<Received[]>();
}

/** Polls until `probe` answers something, or fails after `timeoutMs` naming what it waited for. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the hook has received at least `count` requests, and answers them all. */
export function receivedAtLeast(name: string, count: number, timeoutMs?: number): Promise<Received[]> {
  return waitFor(
    `${count} request(s) to ${name}`,
    async () => {
      const got = await received(name);
      return got.length >= count ? got : undefined;
    },
    timeoutMs,
  );
}

export async function subscribe(name: string, body: Record<string, unknown> = {}): Promise<CreatedWebhookBody> {
  const { res, body: created } = await callJson<CreatedWebhookBody>("/v1/webhooks", {
    token: ADMIN_TOKEN,
    body: { url: hookUrl(name), ...body },
  });
  if (res.status !== 201) throw new Error(`subscribing failed: ${res.status} ${JSON.stringify(created)}`);
  return created;
}

/** Verifies a received request with the standardwebhooks package, as a subscriber would. */
export function verified(secret: string, request: Received): unknown {
  return new Webhook(secret).verify(request.body, request.headers);
}

export async function deliveriesOf(webhookId: string, query = ""): Promise<DeliveryBody[]> {
  const { body } = await callJson<ListBody<DeliveryBody>>(`/v1/webhooks/${webhookId}/deliveries?limit=100${query}`, {
    token: ADMIN_TOKEN,
  });
  return body.data;
}

/** Runs the Worker's cron handler as Cloudflare would at `scheduledTime`. */
export async function runCron(cron: string, scheduledTime = Date.now()): Promise<void> {
  await worker.scheduled(createScheduledController({ cron, scheduledTime }), env);
}

export const EVERY_MINUTE = "* * * * *";

/** Moves a pending delivery's next attempt into the past: the retry delay has "passed". */
export async function makeDue(deliveryId: string): Promise<void> {
  await env.DB.prepare("update deliveries set next_attempt_at = ? where id = ?")
    .bind(new Date(Date.now() - 1000).toISOString(), deliveryId)
    .run();
}

/** Waits until every outbox event written so far has been fanned out to its subscriptions. */
export function allFannedOut(): Promise<true> {
  return waitFor("every event to be fanned out", async () => {
    const row = await env.DB.prepare("select count(*) as n from events where fanned_out_at is null").first<{
      n: number;
    }>();
    return row?.n === 0 ? true : undefined;
  });
}
