import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { AuditAction } from "../domain/audit";
import type { Db } from "./client";
import { insertWhere } from "./guarded";
import { type AuditEventRow, auditEvents } from "./schema";

export function insertAuditEvent(db: Db, row: AuditEventRow) {
  return db.insert(auditEvents).values(row);
}

/** The audit row, only while `condition` holds: for changes that may find nothing to change. */
export function insertAuditEventWhere(db: Db, row: AuditEventRow, condition: SQL) {
  return insertWhere(db, auditEvents, row, condition);
}

export interface AuditFilter {
  targetId?: string;
  action?: AuditAction;
}

/** Newest first; `limit + 1` rows so the caller can tell whether another page exists. */
export function listAuditEvents(db: Db, filter: AuditFilter, limit: number, after: string | undefined) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        filter.targetId !== undefined ? eq(auditEvents.targetId, filter.targetId) : undefined,
        filter.action !== undefined ? eq(auditEvents.action, filter.action) : undefined,
        after !== undefined ? lt(auditEvents.id, after) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
}
