import { and, eq, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "./client";
import { insertWhere } from "./guarded";
import { type EventRow, events } from "./schema";

/** An outbox row, in the batch of the change it reports; with `guard`, only if that change lands. */
export function insertEvent(db: Db, event: EventRow, guard?: SQL) {
  return guard ? insertWhere(db, events, event, guard) : db.insert(events).values(event);
}

export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).limit(1);
  return row;
}

export function markFannedOut(db: Db, id: string, now: string) {
  return db.update(events).set({ fannedOutAt: now }).where(eq(events.id, id));
}

/**
 * Events written but never fanned out (the Worker died between the write and the Queue send, or
 * the send failed), older than `before`; each is re-sent at most once per `resendBefore`.
 */
export function claimUnsentEvents(db: Db, before: string, resendBefore: string, now: string, limit: number) {
  const unsent = db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        isNull(events.fannedOutAt),
        lt(events.createdAt, before),
        or(isNull(events.resentAt), lt(events.resentAt, resendBefore)),
      ),
    )
    .orderBy(events.id)
    .limit(limit);
  return db.update(events).set({ resentAt: now }).where(sql`${events.id} in ${unsent}`).returning({ id: events.id });
}
