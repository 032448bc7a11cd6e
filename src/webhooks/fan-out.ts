import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { insertDeliveries } from "../db/deliveries";
import { markFannedOut } from "../db/events";
import { events } from "../db/schema";
import { subscribersOf } from "../db/webhooks";
import { subjectOf } from "../domain/events";
import { newId } from "../domain/ids";
import { wants } from "../domain/webhooks";
import { enqueue, type QueueMessage } from "./queue";

/**
 * Turns an outbox event into one delivery per subscription that wants it (and existed when it
 * happened), and queues each for its first attempt. Done once: an event already fanned out (a duplicate message, a cron re-send) adds
 * nothing; its deliveries are already on their way, and the cron sweeps any that are due.
 */
export async function fanOut(queue: Queue<QueueMessage>, db: Db, eventId: string, now = new Date().toISOString()) {
  const [[event], subscriptions] = await db.batch([
    db.select().from(events).where(eq(events.id, eventId)),
    subscribersOf(db, eventId),
  ]);
  if (!event || event.fannedOutAt) return;
  const subject = subjectOf(event);
  const pairs = subscriptions
    .filter((webhook) => wants(webhook, subject))
    .map((webhook): [string, string] => [newId("dlv"), webhook.id]);
  const [created] = await db.batch([insertDeliveries(db, event, pairs, now), markFannedOut(db, event.id, now)]);
  await enqueue(
    queue,
    created.map(({ id }) => ({ kind: "deliver", id })),
  );
}
