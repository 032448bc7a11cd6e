import type { Db } from "../db/client";
import { dueDeliveries, pruneDeliveryLog, unparkReady } from "../db/deliveries";
import { claimUnsentEvents } from "../db/events";
import { pruneIdempotencyRecords } from "../db/idempotency";
import { pruneSessions } from "../db/sessions";
import { enqueue, eventMessages, type QueueMessage } from "./queue";
import { announceDueReviews } from "./review-due";

/** wrangler.toml's daily cron; the other one runs every minute. */
export const DAILY_CRON = "0 3 * * *";

const MINUTE = 60_000;
/** Rows handled per run; a backlog larger than this drains over the following minutes. */
const SWEEP_LIMIT = 500;
/** The delivery log keeps finished deliveries this long. */
export const DELIVERY_LOG_DAYS = 30;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The minute cron: events written a minute ago or more but never fanned out (the Queue never got
 * them) are sent again; deliveries due and not in flight (retries longer than a Queue delay, lost
 * messages) are queued; parked deliveries whose predecessor finished are released.
 */
export async function sweepEveryMinute(queue: Queue<QueueMessage>, db: Db, clock: number): Promise<void> {
  const [unsent, due, released] = await db.batch([
    claimUnsentEvents(db, iso(clock - MINUTE), iso(clock - 10 * MINUTE), iso(clock), SWEEP_LIMIT),
    dueDeliveries(db, iso(clock), SWEEP_LIMIT),
    unparkReady(db, iso(clock), SWEEP_LIMIT),
  ]);
  const deliveries = [...new Set([...due, ...released].map(({ id }) => id))];
  await enqueue(queue, [
    ...eventMessages(unsent.map(({ id }) => id)),
    ...deliveries.map((id): QueueMessage => ({ kind: "deliver", id })),
  ]);
}

/**
 * The daily cron: `claim.review_due` for claims whose review date has come, then the prune of
 * expired Idempotency-Key records and desk sessions, and finished deliveries past the log's
 * retention.
 */
export async function sweepDaily(env: Env, db: Db, clock: number): Promise<void> {
  await announceDueReviews(env.EVENTS_QUEUE, db, clock, env.PUBLIC_URL || "https://claimtrail.invalid");
  await db.batch([
    pruneIdempotencyRecords(db, iso(clock)),
    pruneSessions(db, iso(clock)),
    ...pruneDeliveryLog(db, iso(clock - DELIVERY_LOG_DAYS * 24 * 60 * MINUTE)),
  ]);
}
