import { and, desc, eq, isNull, lt } from "drizzle-orm";
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

/** Revokes a key; true when it exists (revoking twice is not an error: DELETE is idempotent). */
export async function revokeApiKey(db: Db, id: string, now: string): Promise<boolean> {
  const [[revoked], [existing]] = await db.batch([
    db
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id }),
    db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id)),
  ]);
  return Boolean(revoked ?? existing);
}
