import { and, eq, gt, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Db } from "./client";
import { apiKeys, type DeskSessionRow, deskSessions } from "./schema";

export function insertSession(db: Db, row: DeskSessionRow) {
  return db.insert(deskSessions).values(row);
}

/**
 * The live session with this secret hash: not expired, not signed out, and its key (if any) neither
 * revoked nor expired. One query: revoking a key ends its desk sessions at once.
 */
export async function findLiveSession(db: Db, secretHash: string, now: string): Promise<DeskSessionRow | undefined> {
  const [row] = await db
    .select({ session: deskSessions })
    .from(deskSessions)
    .leftJoin(apiKeys, eq(apiKeys.id, deskSessions.keyId))
    .where(
      and(
        eq(deskSessions.secretHash, secretHash),
        gt(deskSessions.expiresAt, now),
        isNull(deskSessions.revokedAt),
        or(
          isNull(deskSessions.keyId),
          and(isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))),
        ),
      ),
    )
    .limit(1);
  return row?.session;
}

export function endSession(db: Db, secretHash: string, now: string) {
  return db.update(deskSessions).set({ revokedAt: now }).where(eq(deskSessions.secretHash, secretHash));
}

/** The daily prune: sessions that expired or were signed out. */
export function pruneSessions(db: Db, now: string) {
  return db.delete(deskSessions).where(or(lt(deskSessions.expiresAt, now), isNotNull(deskSessions.revokedAt)));
}
