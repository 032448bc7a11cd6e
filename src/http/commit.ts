import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import type { AppEnv } from "../app-env";
import { runBatch, uniqueViolation, type WritePlan } from "../db/client";
import { findIdempotencyRecord, IDEMPOTENCY_TTL_MS, storeIdempotencyRecord } from "../db/idempotency";
import { ApiError } from "../domain/errors";
import { replay } from "../middleware/idempotency";

export interface WriteResponse<B, S extends 200 | 201> {
  status: S;
  body: B;
  headers?: Record<string, string>;
  /** What an Idempotency-Key replay answers instead, when the body holds a secret shown only once. */
  replayBody?: unknown;
}

/**
 * Each round of a race lets at least one writer through. Losers plan again after a short random
 * pause that grows with the attempt, so racers spread out; past this many tries the answer is 409.
 */
const ATTEMPTS = 8;

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
}

/**
 * Plans a write from fresh reads, runs it as one batch together with its Idempotency-Key record,
 * and answers. A write that lost a race (a unique key taken meanwhile, or a claim that changed
 * under it) is planned again from new reads, or answered 412 when the client sent If-Match.
 */
export async function commitWrite<T, B, S extends 200 | 201>(
  c: Context<AppEnv>,
  plan: () => Promise<WritePlan<T>>,
  respond: (result: T) => WriteResponse<B, S>,
): Promise<Response & TypedResponse<JSONParsed<B & object>, S, "json">> {
  const db = c.var.db;
  const idempotency = c.var.idempotency;
  for (let attempt = 1; ; attempt++) {
    const planned = await plan();
    const response = respond(planned.result);
    const statements = [...planned.statements];
    if (idempotency) {
      const now = Date.now();
      statements.push(
        ...storeIdempotencyRecord(
          db,
          {
            ...idempotency,
            status: response.status,
            body: JSON.stringify(response.replayBody ?? response.body),
            headers: response.headers ?? {},
            createdAt: new Date(now).toISOString(),
            expiresAt: new Date(now + IDEMPOTENCY_TTL_MS).toISOString(),
          },
          planned.landed,
        ),
      );
    }
    let results: unknown[];
    try {
      results = await runBatch(db, statements);
    } catch (error) {
      const column = uniqueViolation(error);
      if (idempotency && column?.startsWith("idempotency_records.")) {
        const first = await findIdempotencyRecord(db, idempotency.principal, idempotency.key, new Date().toISOString());
        // The stored body is this same response, serialised by the request that got there first.
        if (first)
          return replay(first, idempotency.requestHash) as Response & TypedResponse<JSONParsed<B & object>, S, "json">;
      }
      if (column && attempt < ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      throw error;
    }
    if (planned.applied && !planned.applied(results)) {
      if (planned.onConflict === "precondition_failed") {
        throw new ApiError("precondition_failed", "The claim changed after If-Match was checked. Read it again.");
      }
      if (attempt < ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      throw new ApiError("conflict", "The claim kept changing while this request was applied. Try again.");
    }
    return c.json(response.body as B & object, response.status, response.headers);
  }
}
