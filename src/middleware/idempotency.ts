import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { findIdempotencyRecord, type IdempotencyRecord } from "../db/idempotency";
import { ApiError } from "../domain/errors";
import { sha256Hex } from "../domain/hashing";

const KEY = /^[\x21-\x7e]{1,255}$/;

/** A stored response sent again, marked the way Stripe marks replays. */
export function replay(record: IdempotencyRecord, requestHash: string): Response {
  if (record.requestHash !== requestHash) {
    throw new ApiError(
      "idempotency_key_reused",
      "This Idempotency-Key was first used with a different request. Use a new key for a new request.",
    );
  }
  return new Response(record.body, {
    status: record.status,
    headers: { ...record.headers, "Content-Type": "application/json", "Idempotent-Replayed": "true" },
  });
}

/**
 * For routes that create things: a repeated `Idempotency-Key` (per credential) answers the first
 * response again. New keys are stored by the write itself, in its batch (http/commit.ts).
 */
export const idempotent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header("Idempotency-Key");
  c.set("idempotency", undefined);
  if (key === undefined) return next();
  if (!KEY.test(key)) {
    throw new ApiError("validation_failed", "Idempotency-Key must be 1 to 255 printable ASCII characters.", {
      errors: [{ path: "Idempotency-Key", message: "1 to 255 printable ASCII characters" }],
    });
  }
  const principal = c.var.principal.keyId ?? "admin_token";
  const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
  const existing = await findIdempotencyRecord(c.var.db, principal, key, new Date().toISOString());
  if (existing) return replay(existing, requestHash);
  c.set("idempotency", { principal, key, requestHash });
  await next();
};
