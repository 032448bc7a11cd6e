import { and, desc, eq, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import { auditEvent, SERVICE_ACTOR } from "../domain/audit";
import { insertAuditEventWhere } from "./audit";
import type { Db } from "./client";
import { type AuditEventRow, deliveries, deliveryAttempts, events, type WebhookRow, webhooks } from "./schema";

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

/**
 * The subscriptions an event goes to: those active now that existed when it happened. A subscription
 * created after the event never gets it, however late the Queue fans the event out.
 */
export function subscribersOf(db: Db, eventId: string) {
  const happenedAt = sql`(select ${events.createdAt} from ${events} where ${events.id} = ${eventId})`;
  return db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.active, true), lte(webhooks.createdAt, happenedAt)));
}

export function insertWebhook(db: Db, row: WebhookRow) {
  return db.insert(webhooks).values(row);
}

function webhookExists(id: string): SQL {
  return sql`exists (select 1 from ${webhooks} where ${webhooks.id} = ${id})`;
}

/** An admin's change to a subscription and its audit row, in one batch; the row after it, if it exists. */
export async function updateWebhook(
  db: Db,
  id: string,
  changes: Partial<WebhookRow>,
  audit: AuditEventRow,
): Promise<WebhookRow | undefined> {
  const [[updated]] = await db.batch([
    db.update(webhooks).set(changes).where(eq(webhooks.id, id)).returning(),
    insertAuditEventWhere(db, audit, webhookExists(id)),
  ]);
  return updated;
}

/**
 * A subscription and its delivery log, in one batch with its audit row (first, while the
 * subscription is still there to be found): attempts, deliveries, then the row itself.
 */
export async function deleteWebhook(db: Db, id: string, audit: AuditEventRow): Promise<boolean> {
  const ofWebhook = db.select({ id: deliveries.id }).from(deliveries).where(eq(deliveries.webhookId, id));
  const [, , , removed] = await db.batch([
    insertAuditEventWhere(db, audit, webhookExists(id)),
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

/**
 * The service switches a subscription off, with its audit row in the same batch. Only an active one:
 * two deliveries that fail at once record one change, not two.
 */
export async function disableWebhook(db: Db, id: string, reason: "gone" | "failing", now: string): Promise<void> {
  const active = and(eq(webhooks.id, id), eq(webhooks.active, true));
  await db.batch([
    insertAuditEventWhere(
      db,
      auditEvent("webhook.disabled", SERVICE_ACTOR, id, { active: false, disabled_reason: reason }, now),
      sql`exists (select 1 from ${webhooks} where ${active})`,
    ),
    db.update(webhooks).set({ active: false, disabledReason: reason, updatedAt: now }).where(active),
  ]);
}
