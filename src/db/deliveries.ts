import { and, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { qualified } from "./client";
import {
  type DeliveryAttemptRow,
  type DeliveryRow,
  deliveries,
  deliveryAttempts,
  type EventRow,
  events,
} from "./schema";

/**
 * One delivery per (event, subscription) in one statement whatever the count (D1 binds at most 100
 * parameters, so the pairs travel as one JSON array). Existing pairs are skipped: fanning an event
 * out twice creates nothing new. Answers the ids created.
 */
export function insertDeliveries(
  db: Db,
  event: EventRow,
  pairs: [deliveryId: string, webhookId: string][],
  now: string,
) {
  // INSERT … SELECT lists every column in table order; `where true` lets SQLite parse ON CONFLICT.
  return db
    .insert(deliveries)
    .select(
      sql`select json_extract(value, '$[0]'), ${event.id}, json_extract(value, '$[1]'), ${event.claimId},
                 ${event.claimVersion}, 'pending', 0, ${now}, null, null, ${now}, ${now}
          from json_each(${JSON.stringify(pairs)}) where true`,
    )
    .onConflictDoNothing()
    .returning({ id: deliveries.id });
}

/**
 * Takes a due delivery for one attempt: only one caller (a Queue message or the cron) gets it
 * until the lease ends. `slack` absorbs a Queue delay rounded to whole seconds.
 */
export function leaseDelivery(db: Db, id: string, now: string, slack: string, leaseUntil: string) {
  return db
    .update(deliveries)
    .set({ leaseUntil })
    .where(
      and(
        eq(deliveries.id, id),
        eq(deliveries.state, "pending"),
        lte(deliveries.nextAttemptAt, slack),
        or(isNull(deliveries.leaseUntil), lt(deliveries.leaseUntil, now)),
      ),
    )
    .returning();
}

/** Unfinished deliveries of the same claim's earlier events to the same subscription. */
function earlierUnfinished(d: Pick<DeliveryRow, "webhookId" | "claimId" | "claimVersion">) {
  return and(
    eq(deliveries.webhookId, d.webhookId),
    eq(deliveries.claimId, d.claimId ?? ""),
    lt(deliveries.claimVersion, d.claimVersion ?? 0),
    eq(deliveries.state, "pending"),
  );
}

/**
 * Whether an earlier change of the same claim is unfinished for this subscription: its delivery is
 * pending, or its event has not been fanned out yet (its Queue send failed and the minute cron has
 * still to re-send it), so it has no delivery to wait for. One batch: both answers come from the
 * same moment, and fanning out creates the deliveries and marks the event in one batch too.
 */
export async function mustWait(db: Db, delivery: DeliveryRow): Promise<boolean> {
  if (delivery.claimId === null) return false;
  const [pending, unsent] = await db.batch([
    db.select({ id: deliveries.id }).from(deliveries).where(earlierUnfinished(delivery)).limit(1),
    db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          isNull(events.fannedOutAt),
          eq(events.claimId, delivery.claimId),
          lt(events.claimVersion, delivery.claimVersion ?? 0),
        ),
      )
      .limit(1),
  ]);
  return pending.length > 0 || unsent.length > 0;
}

/** Sets a delivery aside until the earlier one it waits for is finished (see kickNext). */
export function park(db: Db, id: string, now: string) {
  return db
    .update(deliveries)
    .set({ nextAttemptAt: null, leaseUntil: null, updatedAt: now })
    .where(eq(deliveries.id, id));
}

/** An attempt's record, and the delivery's new state, for one batch. */
export function recordAttempt(db: Db, delivery: DeliveryRow, attempt: DeliveryAttemptRow, state: DeliveryRow["state"]) {
  return [
    db.insert(deliveryAttempts).values(attempt),
    db
      .update(deliveries)
      .set({
        state,
        attempts: attempt.number,
        nextAttemptAt: attempt.nextAttemptAt,
        leaseUntil: null,
        firstAttemptAt: delivery.firstAttemptAt ?? attempt.attemptedAt,
        updatedAt: attempt.attemptedAt,
      })
      .where(eq(deliveries.id, delivery.id)),
  ] as const;
}

/** Once a delivery is finished, the next parked one of the same claim and subscription becomes due. */
export function kickNext(db: Db, finished: Pick<DeliveryRow, "webhookId" | "claimId" | "claimVersion">, now: string) {
  const next = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.webhookId, finished.webhookId),
        eq(deliveries.claimId, finished.claimId ?? ""),
        gt(deliveries.claimVersion, finished.claimVersion ?? 0),
        eq(deliveries.state, "pending"),
      ),
    )
    .orderBy(deliveries.claimVersion)
    .limit(1);
  return db
    .update(deliveries)
    .set({ nextAttemptAt: now, updatedAt: now })
    .where(and(sql`${deliveries.id} in ${next}`, isNull(deliveries.nextAttemptAt)))
    .returning({ id: deliveries.id });
}

/** Deliveries due now and not in flight: retries whose delay was too long for the Queue, or lost messages. */
export function dueDeliveries(db: Db, now: string, limit: number) {
  return db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.state, "pending"),
        lte(deliveries.nextAttemptAt, now),
        or(isNull(deliveries.leaseUntil), lt(deliveries.leaseUntil, now)),
      ),
    )
    .orderBy(deliveries.nextAttemptAt)
    .limit(limit);
}

/**
 * Parked deliveries whose earlier deliveries have all finished and whose claim's earlier events are
 * all fanned out (a kick that was lost, or an earlier event that brought this subscription nothing): due again.
 */
export function unparkReady(db: Db, now: string, limit: number) {
  const later = sql.raw("later");
  const ready = sql`select ${later}.id from ${deliveries} ${later}
    where ${later}.state = 'pending' and ${later}.next_attempt_at is null and not exists (
      select 1 from ${deliveries} where ${deliveries.webhookId} = ${later}.webhook_id
        and ${deliveries.claimId} = ${later}.claim_id and ${deliveries.claimVersion} < ${later}.claim_version
        and ${deliveries.state} = 'pending')
    and not exists (
      select 1 from ${events} where ${events.fannedOutAt} is null
        and ${events.claimId} = ${later}.claim_id and ${events.claimVersion} < ${later}.claim_version)
    limit ${limit}`;
  return db
    .update(deliveries)
    .set({ nextAttemptAt: now, updatedAt: now })
    .where(sql`${deliveries.id} in (${ready})`)
    .returning({ id: deliveries.id });
}

/** Back to due now, with a fresh 3-day retry window: the admin's "redeliver". */
export function redeliver(db: Db, id: string, now: string) {
  return db
    .update(deliveries)
    .set({ state: "pending", nextAttemptAt: now, leaseUntil: null, firstAttemptAt: null, updatedAt: now })
    .where(eq(deliveries.id, id))
    .returning({ id: deliveries.id });
}

export type DeliveryOutcome = DeliveryRow["state"];

const attemptsJson = sql<string>`(
  select json_group_array(json(item)) from (
    select json_object('number', a.number, 'attempted_at', a.attempted_at, 'response_status', a.response_status,
                       'duration_ms', a.duration_ms, 'error', a.error, 'response_excerpt', a.response_excerpt,
                       'next_attempt_at', a.next_attempt_at) as item
    from ${deliveryAttempts} a where a.delivery_id = ${qualified(deliveries.id)} order by a.number))`;

function selectDeliveries(db: Db) {
  return db
    .select({ delivery: deliveries, eventType: events.type, attempts: attemptsJson.as("attempts_json") })
    .from(deliveries)
    .innerJoin(events, eq(events.id, deliveries.eventId));
}

export type DeliveryListRow = Awaited<ReturnType<ReturnType<typeof selectDeliveries>["all"]>>[number];

/** A subscription's delivery log, newest first, each delivery with all its attempts. */
export function listDeliveries(
  db: Db,
  webhookId: string,
  outcome: DeliveryOutcome | undefined,
  limit: number,
  after: string | undefined,
) {
  return selectDeliveries(db)
    .where(
      and(
        eq(deliveries.webhookId, webhookId),
        outcome ? eq(deliveries.state, outcome) : undefined,
        after !== undefined ? lt(deliveries.id, after) : undefined,
      ),
    )
    .orderBy(desc(deliveries.id))
    .limit(limit + 1);
}

export async function findDelivery(db: Db, webhookId: string, id: string): Promise<DeliveryListRow | undefined> {
  const [row] = await selectDeliveries(db)
    .where(and(eq(deliveries.webhookId, webhookId), eq(deliveries.id, id)))
    .limit(1);
  return row;
}

/** The daily prune: finished deliveries older than `before` with their attempts, then events nothing refers to. */
export function pruneDeliveryLog(db: Db, before: string) {
  const old = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(and(inArray(deliveries.state, ["succeeded", "failed"]), lt(deliveries.updatedAt, before)));
  return [
    db.delete(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, old)),
    db
      .delete(deliveries)
      .where(and(inArray(deliveries.state, ["succeeded", "failed"]), lt(deliveries.updatedAt, before))),
    db
      .delete(events)
      .where(
        and(
          lt(events.createdAt, before),
          isNotNull(events.fannedOutAt),
          sql`not exists (select 1 from ${deliveries} where ${deliveries.eventId} = ${events.id})`,
        ),
      ),
  ] as const;
}
