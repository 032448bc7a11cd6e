import { eq, type SQL, sql } from "drizzle-orm";
import type { NewClaimRows, PatchPlan } from "../domain/claims";
import type { Db, Statement } from "./client";
import { claimAtVersion, insertWhere } from "./guarded";
import {
  articles,
  claimAppearances,
  claims,
  claimTopics,
  type StatusUpdateRow,
  speakers,
  statusUpdates,
} from "./schema";

/** A new claim's rows, in foreign-key order, for one batch. */
export function newClaimStatements(db: Db, rows: NewClaimRows): Statement[] {
  const statements: Statement[] = [];
  if (rows.speaker) statements.push(db.insert(speakers).values(rows.speaker));
  if (rows.article) statements.push(db.insert(articles).values(rows.article));
  statements.push(db.insert(claims).values(rows.claim));
  if (rows.topics.length > 0) statements.push(db.insert(claimTopics).values(rows.topics));
  if (rows.appearance) statements.push(db.insert(claimAppearances).values(rows.appearance));
  statements.push(db.insert(statusUpdates).values(rows.firstEntry));
  return statements;
}

/** The claim's own UPDATE, last in its batch: it applies only at `version`, and says whether it did. */
function bumpClaim(db: Db, claimId: string, version: number, columns: object) {
  return db
    .update(claims)
    .set({ ...columns, version: version + 1 })
    .where(sql`${eq(claims.id, claimId)} and ${claims.version} = ${version}`)
    .returning({ version: claims.version });
}

/**
 * A status update: the timeline entry (guarded by the version the writer knows) and the claim's
 * new status and version. The database's chain triggers refuse the entry unless it extends the head.
 */
export function appendStatements(db: Db, entry: StatusUpdateRow, version: number): [Statement, Statement] {
  return [
    insertWhere(db, statusUpdates, entry, claimAtVersion(entry.claimId, version)),
    bumpClaim(db, entry.claimId, version, {
      status: entry.status,
      statusUpdatedAt: entry.createdAt,
      updatedAt: entry.createdAt,
    }),
  ];
}

/**
 * A metadata change, every statement guarded by `version`; `extra` (the outbox event) joins the
 * guarded statements, before the claim's own UPDATE, which is last.
 */
export function patchStatements(db: Db, version: number, plan: PatchPlan, extra: (guard: SQL) => Statement[]) {
  const { claim } = plan.record;
  const guard = claimAtVersion(claim.id, version);
  const statements: Statement[] = [];
  if (plan.newSpeaker) statements.push(insertWhere(db, speakers, plan.newSpeaker, guard));
  if (plan.topics) {
    statements.push(db.delete(claimTopics).where(sql`${claimTopics.claimId} = ${claim.id} and ${guard}`));
    for (const topic of plan.topics) statements.push(insertWhere(db, claimTopics, topic, guard));
  }
  statements.push(...extra(guard));
  statements.push(bumpClaim(db, claim.id, version, { ...plan.columns, updatedAt: claim.updatedAt }));
  return statements;
}

/** True when the batch's claim UPDATE (see bumpClaim) changed the claim. */
export function bumped(result: unknown): boolean {
  return Array.isArray(result) && result.length === 1;
}

/** SQL that is true once the entry is stored: an Idempotency-Key record is kept only for a write that landed. */
export function entryStored(entry: StatusUpdateRow): SQL {
  return sql`exists (select 1 from ${statusUpdates} where ${statusUpdates.id} = ${entry.id})`;
}
