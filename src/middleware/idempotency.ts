import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { findIdempotencyRecord } from "../db/idempotency";
import { canonicalBody } from "../domain/canonical-json";
import { ApiError } from "../domain/errors";
import { sha256Hex } from "../domain/hashing";
import { replayOf } from "../writes/commit";

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * For routes that create things: a repeated `Idempotency-Key` (per credential) answers the first
 * response again. New keys are stored by the write itself, in its batch (writes/commit.ts). The
 * body is compared in canonical form: the same JSON with other whitespace or key order is the
 * same request.
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
  const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${canonicalBody(await c.req.text())}`);
  const existing = await findIdempotencyRecord(c.var.db, principal, key, new Date().toISOString());
  if (existing) {
    const reply = replayOf(existing, requestHash);
    return c.json(reply.body, reply.status, reply.headers);
  }
  c.set("idempotency", { principal, key, requestHash });
  await next();
};
