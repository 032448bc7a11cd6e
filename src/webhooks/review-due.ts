import { toRecord } from "../db/claim-queries";
import type { Db } from "../db/client";
import { insertEvent } from "../db/events";
import { dueForReviewQuery, insertReviewNotice } from "../db/reviews";
import { claimEvent } from "../domain/events";
import { toClaimResource } from "../resources/claim";
import { enqueue, eventMessages, type QueueMessage } from "./queue";

/** Claims announced per run; more wait for the next day's run (or a re-run). */
const PER_RUN = 500;

/**
 * The daily `claim.review_due`: once per claim and due date, for claims whose date has come and
 * whose status is not a verdict. Each notice and its outbox event are written in one batch, so the
 * event is sent exactly when the claim is remembered as announced. Links use PUBLIC_URL, since no
 * request tells the cron where the Worker is reached.
 */
export async function announceDueReviews(queue: Queue<QueueMessage>, db: Db, clock: number, publicUrl: string) {
  const now = new Date(clock).toISOString();
  const due = (await dueForReviewQuery(db, now.slice(0, 10), PER_RUN)).map(toRecord);
  if (due.length === 0) return;
  const events = due.map((record) => claimEvent("claim.review_due", toClaimResource(record, publicUrl), {}, now));
  const statements = due.flatMap((record, i) => {
    const event = events[i];
    if (!event || !record.claim.reviewDue) return [];
    return [
      insertReviewNotice(db, {
        claimId: record.claim.id,
        dueDate: record.claim.reviewDue,
        eventId: event.id,
        createdAt: now,
      }),
      insertEvent(db, event),
    ];
  });
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  await enqueue(queue, eventMessages(events.map((event) => event.id)));
}
