import type { z } from "@hono/zod-openapi";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { ApiError } from "../domain/errors";
import { assertIfMatch } from "../domain/etag";
import { chainHash } from "../domain/hash-chain";
import { newId } from "../domain/ids";
import { findStatus, SCALES, scaleOf } from "../domain/statuses";
import type { CreateStatusUpdateBody } from "../schemas/status-updates";
import type { StatusUpdateRow } from "./claim-queries";
import type { Author } from "./claim-writes";
import type { Db, WritePlan } from "./client";
import { claimAtVersion, insertWhere } from "./guarded";
import { claims, statusUpdates } from "./schema";

export interface PostedUpdate {
  update: StatusUpdateRow;
  /** The claim's version once the update is in: the new ETag. */
  version: number;
}

/**
 * Appends a timeline entry: it extends the hash chain from the newest entry, and the claim takes
 * its status and a new version. Both statements are guarded by the version read (guarded.ts),
 * and (claim_id, seq) is unique, so two writers can never both extend the same head.
 */
export async function planStatusUpdate(
  db: Db,
  claimId: string,
  input: z.infer<typeof CreateStatusUpdateBody>,
  author: Author,
  ifMatch: number[] | undefined,
): Promise<WritePlan<PostedUpdate>> {
  const now = new Date().toISOString();
  const [[claim], [head]] = await db.batch([
    db
      .select({ kind: claims.kind, status: claims.status, version: claims.version })
      .from(claims)
      .where(eq(claims.id, claimId)),
    db
      .select({ seq: statusUpdates.seq, hash: statusUpdates.hash })
      .from(statusUpdates)
      .where(eq(statusUpdates.claimId, claimId))
      .orderBy(desc(statusUpdates.seq))
      .limit(1),
  ]);
  if (!claim) throw new ApiError("claim_not_found", `No claim has id ${claimId}.`);
  assertIfMatch(ifMatch, claim.version);
  if (!findStatus(claim.kind, input.status)) {
    const scale = scaleOf(claim.kind);
    throw new ApiError(
      "status_not_in_scale",
      `A ${claim.kind} is rated on the ${scale} scale: ${SCALES[scale].statuses.map((s) => s.code).join(", ")}.`,
      { errors: [{ path: "status", message: `not on the ${scale} scale` }] },
    );
  }
  const prevHash = head?.hash ?? "";
  const update: StatusUpdateRow = {
    id: newId("upd"),
    claimId,
    seq: (head?.seq ?? 0) + 1,
    status: input.status,
    previousStatus: claim.status,
    note: input.note,
    evidence: input.evidence,
    authorKeyId: author.keyId,
    authorName: author.name,
    createdAt: now,
    prevHash,
    hash: await chainHash(prevHash, { claim_id: claimId, ...input, created_at: now }),
  };
  const guard = claimAtVersion(claimId, claim.version);
  return {
    statements: [
      insertWhere(db, statusUpdates, update, guard),
      db
        .update(claims)
        .set({ status: input.status, statusUpdatedAt: now, version: claim.version + 1, updatedAt: now })
        .where(sql`${eq(claims.id, claimId)} and ${claims.version} = ${claim.version}`)
        .returning({ version: claims.version }),
    ],
    result: { update, version: claim.version + 1 },
    applied: (results) => Array.isArray(results[1]) && results[1].length === 1,
    landed: sql`exists (select 1 from ${statusUpdates} where ${statusUpdates.id} = ${update.id})`,
    onConflict: ifMatch === undefined ? "retry" : "precondition_failed",
  };
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

export async function findStatusUpdate(db: Db, claimId: string, id: string): Promise<StatusUpdateRow | undefined> {
  const [row] = await db
    .select()
    .from(statusUpdates)
    .where(and(eq(statusUpdates.claimId, claimId), eq(statusUpdates.id, id)))
    .limit(1);
  return row;
}
