import type { SQL } from "drizzle-orm";
import { chainViolation, type Db, runBatch, type Statement, uniqueViolation } from "../db/client";
import { findIdempotencyRecord, IDEMPOTENCY_TTL_MS, storeIdempotencyRecord } from "../db/idempotency";
import type { IdempotencyRecord } from "../db/schema";
import { ApiError } from "../domain/errors";
import type { IdempotencyContext, Reply } from "./reply";

/** An Idempotency-Key record to store with a write: the reply it will get, and when it counts as landed. */
export interface RecordedReply {
  context: IdempotencyContext;
  reply: Reply;
  /** Stored instead of the reply's body, when that body holds a secret shown only once. */
  replayBody?: unknown;
  /** SQL true once the write took effect, for guarded writes that may change nothing. */
  landed?: SQL;
}

export type Committed =
  | { outcome: "written"; results: unknown[] }
  | { outcome: "replayed"; reply: Reply }
  /** A unique key was taken, or the timeline moved, between the reads and the batch: nothing was written. */
  | { outcome: "raced" };

/** A stored reply sent again, marked the way Stripe marks replays; another request under the key is a 422. */
export function replayOf(record: IdempotencyRecord, requestHash: string): Reply {
  if (record.requestHash !== requestHash) {
    throw new ApiError(
      "idempotency_key_reused",
      "This Idempotency-Key was first used with a different request. Use a new key for a new request.",
    );
  }
  return {
    status: record.status === 200 ? 200 : 201,
    body: JSON.parse(record.body),
    headers: { ...record.headers, "Idempotent-Replayed": "true" },
  };
}

/**
 * Runs a write as one D1 batch (one round trip, one transaction), with its Idempotency-Key record
 * when there is one. A concurrent request that stored the same key first is answered with its reply.
 */
export async function commit(db: Db, statements: Statement[], recorded?: RecordedReply): Promise<Committed> {
  const all = [...statements];
  if (recorded) {
    const now = Date.now();
    const record: IdempotencyRecord = {
      ...recorded.context,
      status: recorded.reply.status,
      body: JSON.stringify(recorded.replayBody ?? recorded.reply.body),
      headers: recorded.reply.headers,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + IDEMPOTENCY_TTL_MS).toISOString(),
    };
    all.push(...storeIdempotencyRecord(db, record, recorded.landed));
  }
  try {
    return { outcome: "written", results: await runBatch(db, all) };
  } catch (error) {
    const column = uniqueViolation(error);
    if (recorded && column?.startsWith("idempotency_records.")) {
      const { principal, key, requestHash } = recorded.context;
      const first = await findIdempotencyRecord(db, principal, key, new Date().toISOString());
      if (first) return { outcome: "replayed", reply: replayOf(first, requestHash) };
    }
    if (column || chainViolation(error)) return { outcome: "raced" };
    throw error;
  }
}
