import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { kickNext, leaseDelivery, mustWait, park, recordAttempt } from "../db/deliveries";
import { type DeliveryRow, deliveries, events, webhooks } from "../db/schema";
import { disableWebhook, recordWebhookHealth } from "../db/webhooks";
import { GIVE_UP_AFTER_MS, nextAttemptAt, outcomeOf, signedHeaders, signingSecrets } from "../domain/webhooks";
import { postWebhook } from "./attempt";
import { enqueue, type QueueMessage } from "./queue";

/** How long an attempt holds its delivery: the 15 s timeout plus room for the bookkeeping. */
const LEASE_MS = 60_000;
/** Queue message delays are capped at 12 hours; longer retries wait in D1 for the minute cron. */
const MAX_QUEUE_DELAY_S = 12 * 60 * 60;

const iso = (ms: number) => new Date(ms).toISOString();

/** The subscription and event of a delivery, in the same batch as its lease. */
function ofDelivery(id: string, column: typeof deliveries.webhookId | typeof deliveries.eventId) {
  return sql`(select ${column} from ${deliveries} where ${deliveries.id} = ${id})`;
}

/**
 * Attempts one delivery, if it is due and nobody else holds it: signs the event's payload, POSTs
 * it, records the attempt, and schedules what follows (a retry, or the next delivery of the same
 * claim that waited for this one). Per claim and subscription, events go out in the order they
 * happened: a delivery whose earlier sibling is unfinished is parked until that one is finished.
 */
export async function attemptDelivery(queue: Queue<QueueMessage>, db: Db, id: string, clock = Date.now()) {
  const now = iso(clock);
  const [[delivery], [webhook], [event]] = await db.batch([
    leaseDelivery(db, id, now, iso(clock + 2000), iso(clock + LEASE_MS)),
    db
      .select()
      .from(webhooks)
      .where(eq(webhooks.id, ofDelivery(id, deliveries.webhookId))),
    db
      .select()
      .from(events)
      .where(eq(events.id, ofDelivery(id, deliveries.eventId))),
  ]);
  if (!delivery || !event) return;
  if (!webhook?.active) {
    await finish(queue, db, delivery, "failed", now);
    return;
  }
  if (await mustWait(db, delivery)) {
    await park(db, delivery.id, now);
    return;
  }

  const sentAt = new Date();
  const headers = signedHeaders(signingSecrets(webhook, now), delivery.id, sentAt, event.payload);
  const result = await postWebhook(webhook, headers, event.payload);
  const outcome = outcomeOf(result.status);
  const attemptedAt = sentAt.toISOString();
  const number = delivery.attempts + 1;
  const retryAt =
    outcome === "failed" ? nextAttemptAt(number, delivery.firstAttemptAt ?? attemptedAt, new Date()) : null;
  const state = outcome === "delivered" ? "succeeded" : retryAt ? "pending" : "failed";
  const attempt = {
    deliveryId: delivery.id,
    number,
    attemptedAt,
    responseStatus: result.status,
    durationMs: result.durationMs,
    error: result.error,
    responseExcerpt: result.excerpt,
    nextAttemptAt: retryAt,
  };
  const [, , [health]] = await db.batch([
    ...recordAttempt(db, delivery, attempt, state),
    recordWebhookHealth(db, webhook.id, outcome === "delivered", attemptedAt),
  ]);
  const failingFor = health?.failingSince ? clock - Date.parse(health.failingSince) : 0;
  if (outcome === "gone" || failingFor >= GIVE_UP_AFTER_MS) {
    await disableWebhook(db, webhook.id, outcome === "gone" ? "gone" : "failing", attemptedAt);
  }
  if (state === "pending" && retryAt) {
    const delaySeconds = Math.ceil((Date.parse(retryAt) - Date.now()) / 1000);
    if (delaySeconds <= MAX_QUEUE_DELAY_S) await enqueue(queue, [{ kind: "deliver", id: delivery.id }], delaySeconds);
  } else {
    await startNext(queue, db, delivery, attemptedAt);
  }
}

/** Ends a delivery without an attempt (its subscription was switched off), then lets the next one go. */
async function finish(queue: Queue<QueueMessage>, db: Db, delivery: DeliveryRow, state: "failed", now: string) {
  await db
    .update(deliveries)
    .set({ state, leaseUntil: null, nextAttemptAt: null, updatedAt: now })
    .where(eq(deliveries.id, delivery.id));
  await startNext(queue, db, delivery, now);
}

async function startNext(queue: Queue<QueueMessage>, db: Db, finished: DeliveryRow, now: string) {
  if (finished.claimId === null) return;
  const next = await kickNext(db, finished, now);
  await enqueue(
    queue,
    next.map(({ id }) => ({ kind: "deliver", id })),
  );
}
