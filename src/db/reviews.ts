import { and, inArray, lte, sql } from "drizzle-orm";
import { OPEN_STATUSES } from "../domain/statuses";
import { selectClaimRecords } from "./claim-queries";
import type { Db } from "./client";
import { claims, reviewNotices } from "./schema";

/**
 * Claims whose review date has come (`review_due` on or before `today`), whose status is not a
 * verdict, and that have not been announced for that date yet: one query.
 */
export function dueForReviewQuery(db: Db, today: string, limit: number) {
  return selectClaimRecords(db)
    .where(
      and(
        lte(claims.reviewDue, today),
        inArray(claims.status, [...OPEN_STATUSES]),
        sql`not exists (select 1 from ${reviewNotices} n where n.claim_id = ${claims.id} and n.due_date = ${claims.reviewDue})`,
      ),
    )
    .orderBy(claims.reviewDue)
    .limit(limit);
}

/** Remembers that a claim's due date was announced; a second insert for the same date fails the batch. */
export function insertReviewNotice(db: Db, row: typeof reviewNotices.$inferInsert) {
  return db.insert(reviewNotices).values(row);
}
