import { and, desc, eq, gt } from "drizzle-orm";
import type { TimelineHead } from "../domain/timeline";
import type { Db } from "./client";
import { claims, type StatusUpdateRow, statusUpdates } from "./schema";

/** What the per-claim writer needs to know before a write: the claim's kind, version and timeline head. */
export interface WriteHead extends TimelineHead {
  kind: (typeof claims.$inferSelect)["kind"];
  version: number;
}

/** The claim's write head, in one batch; null when the claim does not exist. */
export async function loadWriteHead(db: Db, claimId: string): Promise<WriteHead | null> {
  const [[claim], [head]] = await db.batch([
    db.select({ kind: claims.kind, version: claims.version }).from(claims).where(eq(claims.id, claimId)),
    db
      .select({
        seq: statusUpdates.seq,
        hash: statusUpdates.hash,
        status: statusUpdates.status,
        createdAt: statusUpdates.createdAt,
      })
      .from(statusUpdates)
      .where(eq(statusUpdates.claimId, claimId))
      .orderBy(desc(statusUpdates.seq))
      .limit(1),
  ]);
  if (!claim || !head) return null;
  return { ...claim, ...head };
}

/** A page of the timeline, oldest first, and whether the claim exists at all: one batch. */
export async function timelinePage(db: Db, claimId: string, limit: number, afterSeq: number) {
  const [claim, updates] = await db.batch([
    db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId)),
    db
      .select()
      .from(statusUpdates)
      .where(and(eq(statusUpdates.claimId, claimId), gt(statusUpdates.seq, afterSeq)))
      .orderBy(statusUpdates.seq)
      .limit(limit + 1),
  ]);
  return claim.length > 0 ? updates : null;
}

export function timelineQuery(db: Db, claimId: string) {
  return db.select().from(statusUpdates).where(eq(statusUpdates.claimId, claimId)).orderBy(statusUpdates.seq);
}

/** The whole timeline, oldest first, or null when the claim does not exist: one batch. */
export async function wholeTimeline(db: Db, claimId: string): Promise<StatusUpdateRow[] | null> {
  const [claim, updates] = await db.batch([
    db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId)),
    timelineQuery(db, claimId),
  ]);
  return claim.length > 0 ? updates : null;
}

export async function findStatusUpdate(db: Db, claimId: string, id: string): Promise<StatusUpdateRow | undefined> {
  const [row] = await db
    .select()
    .from(statusUpdates)
    .where(and(eq(statusUpdates.claimId, claimId), eq(statusUpdates.id, id)))
    .limit(1);
  return row;
}
