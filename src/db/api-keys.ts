import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { auditEvent } from "../domain/audit";
import type { Author } from "../domain/timeline";
import { insertAuditEventWhere } from "./audit";
import type { Db } from "./client";
import { type ApiKeyRow, apiKeys } from "./schema";

export async function findApiKey(db: Db, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return row;
}

export function insertApiKey(db: Db, row: ApiKeyRow) {
  return db.insert(apiKeys).values(row);
}

export function listApiKeys(db: Db, limit: number, after: string | undefined) {
  return db
    .select()
    .from(apiKeys)
    .where(after !== undefined ? lt(apiKeys.id, after) : undefined)
    .orderBy(desc(apiKeys.id))
    .limit(limit + 1);
}

/**
 * Revokes a key, with its audit row, in one batch; true when the key exists (revoking twice is not
 * an error: DELETE is idempotent, and only the revocation that took effect is audited). The audit
 * row goes first, so it sees the key as it was before the UPDATE.
 */
export async function revokeApiKey(db: Db, id: string, now: string, actor: Author): Promise<boolean> {
  const live = sql`exists (select 1 from ${apiKeys} where ${apiKeys.id} = ${id} and ${apiKeys.revokedAt} is null)`;
  const [, , [existing]] = await db.batch([
    insertAuditEventWhere(db, auditEvent("key.revoked", actor, id, { revoked_at: now }, now), live),
    db
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))),
    db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id)),
  ]);
  return existing !== undefined;
}

/**
 * Stamps the key's last use, unless a stamp newer than `since` is already there: concurrent
 * isolates that all decide to write still change the row once per interval.
 */
export function stampLastUsed(db: Db, id: string, now: string, since: string) {
  return db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, since))));
}
