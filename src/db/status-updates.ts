import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { TimelineHead } from "../domain/timeline";
import type { Db } from "./client";
import { batchPrebuilt, prebuilt } from "./prebuilt";
import { claims, type StatusUpdateRow, speakers, statusUpdates } from "./schema";

/** The newest timeline entry, as far as the next one needs it (domain/timeline.ts TimelineHead). */
export const timelineHead = prebuilt<{ claimId: string }, TimelineHead>((db) =>
  db
    .select({
      seq: statusUpdates.seq,
      hash: statusUpdates.hash,
      status: statusUpdates.status,
      createdAt: statusUpdates.createdAt,
    })
    .from(statusUpdates)
    .where(eq(statusUpdates.claimId, sql.placeholder("claimId")))
    .orderBy(desc(statusUpdates.seq))
    .limit(1),
);

/** `limit + 1` entries of a claim's timeline after `afterSeq`, oldest first. */
export function timelinePageQuery(db: Db, claimId: string, limit: number, afterSeq: number) {
  return db
    .select()
    .from(statusUpdates)
    .where(and(eq(statusUpdates.claimId, claimId), gt(statusUpdates.seq, afterSeq)))
    .orderBy(statusUpdates.seq)
    .limit(limit + 1);
}

/** A page of the timeline, oldest first, and whether the claim exists at all: one batch. */
export async function timelinePage(db: Db, claimId: string, limit: number, afterSeq: number) {
  const [claim, updates] = await db.batch([
    db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId)),
    timelinePageQuery(db, claimId, limit, afterSeq),
  ]);
  return claim.length > 0 ? updates : null;
}

/**
 * `?as_of=`: the last entry (in timeline order) created at or before `asOf`, as one row, read
 * backwards along (claim_id, seq) so a long timeline is not read whole.
 */
export const entryAsOf = prebuilt<{ claimId: string; asOf: string }, StatusUpdateRow>((db) =>
  db
    .select()
    .from(statusUpdates)
    .where(
      and(eq(statusUpdates.claimId, sql.placeholder("claimId")), lte(statusUpdates.createdAt, sql.placeholder("asOf"))),
    )
    .orderBy(desc(statusUpdates.seq))
    .limit(1),
);

/** A claim's whole timeline, oldest first. */
export const timeline = prebuilt<{ claimId: string }, StatusUpdateRow>((db) =>
  db
    .select()
    .from(statusUpdates)
    .where(eq(statusUpdates.claimId, sql.placeholder("claimId")))
    .orderBy(statusUpdates.seq),
);

const claimExists = prebuilt<{ claimId: string }, { id: string }>((db) =>
  db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.id, sql.placeholder("claimId"))),
);

/** The whole timeline, oldest first, or null when the claim does not exist: one batch. */
export async function wholeTimeline(db: Db, claimId: string): Promise<StatusUpdateRow[] | null> {
  const [claim, updates] = await batchPrebuilt(db, [claimExists.bind(db, { claimId }), timeline.bind(db, { claimId })]);
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

/** The newest timeline entries across all claims, with what a listing of them shows: one query. */
export function latestEntries(db: Db, limit: number) {
  return db
    .select({
      entry: statusUpdates,
      claim: {
        id: claims.id,
        text: claims.text,
        kind: claims.kind,
        language: claims.language,
        summary: claims.summary,
      },
      speaker: speakers.name,
    })
    .from(statusUpdates)
    .innerJoin(claims, eq(claims.id, statusUpdates.claimId))
    .innerJoin(speakers, eq(speakers.id, claims.speakerId))
    .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(limit);
}

export type LatestEntry = Awaited<ReturnType<typeof latestEntries>>[number];
