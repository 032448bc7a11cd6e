import { and, eq, gt, lte, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { insertWhere } from "./guarded";
import { type IdempotencyRecord, idempotencyRecords } from "./schema";

/** SPEC.md keeps keys at least 24 h; the daily prune removes them after this. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export async function findIdempotencyRecord(
  db: Db,
  principal: string,
  key: string,
  now: string,
): Promise<IdempotencyRecord | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyRecords)
    .where(
      and(
        eq(idempotencyRecords.principal, principal),
        eq(idempotencyRecords.key, key),
        gt(idempotencyRecords.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Statements that store a create's response under its key, in the create's own batch. An expired
 * record under the same key is cleared first; a live one makes the INSERT fail, and with it the
 * whole batch, so a concurrent duplicate writes nothing. With `landed`, the record is stored only
 * if the write really took effect, so a write that lost a race is never replayed as a success.
 */
export function storeIdempotencyRecord(db: Db, record: IdempotencyRecord, landed?: SQL) {
  return [
    db
      .delete(idempotencyRecords)
      .where(
        and(
          eq(idempotencyRecords.principal, record.principal),
          eq(idempotencyRecords.key, record.key),
          lte(idempotencyRecords.expiresAt, record.createdAt),
        ),
      ),
    landed ? insertWhere(db, idempotencyRecords, record, landed) : db.insert(idempotencyRecords).values(record),
  ];
}

/** The daily prune: records whose 24 hours are over. */
export function pruneIdempotencyRecords(db: Db, now: string) {
  return db.delete(idempotencyRecords).where(lte(idempotencyRecords.expiresAt, now));
}
