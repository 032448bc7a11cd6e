import { desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import { deliveries, deliveryAttempts, type WebhookRow, webhooks } from "./schema";

export async function findWebhook(db: Db, id: string): Promise<WebhookRow | undefined> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id)).limit(1);
  return row;
}

export function listWebhooks(db: Db, limit: number, after: string | undefined) {
  return db
    .select()
    .from(webhooks)
    .where(after !== undefined ? lt(webhooks.id, after) : undefined)
    .orderBy(desc(webhooks.id))
    .limit(limit + 1);
}

export function activeWebhooks(db: Db) {
  return db.select().from(webhooks).where(eq(webhooks.active, true));
}

export function insertWebhook(db: Db, row: WebhookRow) {
  return db.insert(webhooks).values(row);
}

export function updateWebhook(db: Db, id: string, changes: Partial<WebhookRow>) {
  return db.update(webhooks).set(changes).where(eq(webhooks.id, id)).returning();
}

/** A subscription and its delivery log, in one batch (attempts, deliveries, then the row itself). */
export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  const ofWebhook = db.select({ id: deliveries.id }).from(deliveries).where(eq(deliveries.webhookId, id));
  const [, , removed] = await db.batch([
    db.delete(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, ofWebhook)),
    db.delete(deliveries).where(eq(deliveries.webhookId, id)),
    db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id }),
  ]);
  return removed.length > 0;
}

/**
 * After an attempt: a success clears the run of failures; a failure starts one (if none is
 * running) and reports when it started, so the caller can disable a subscription failing too long.
 */
export function recordWebhookHealth(db: Db, id: string, delivered: boolean, now: string) {
  return db
    .update(webhooks)
    .set({ failingSince: delivered ? null : sql`coalesce(${webhooks.failingSince}, ${now})` })
    .where(eq(webhooks.id, id))
    .returning({ failingSince: webhooks.failingSince });
}

export function disableWebhook(db: Db, id: string, reason: "gone" | "failing", now: string) {
  return db.update(webhooks).set({ active: false, disabledReason: reason, updatedAt: now }).where(eq(webhooks.id, id));
}
