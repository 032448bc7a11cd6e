import type { MiddlewareHandler } from "hono";
import type { AppEnv, Principal } from "../app-env";
import { findApiKey } from "../db/api-keys";
import { hashApiKey, keyIdOf, type Role, roleAllows } from "../domain/api-keys";
import { ApiError } from "../domain/errors";
import { constantTimeEqual } from "../domain/hashing";
import { throttleFailedAuthentication } from "../http/rate-limit";
import { noteKeyUse } from "./last-used";

const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

/**
 * Who a presented key (or the ADMIN_TOKEN) belongs to; 401 when it is unknown, revoked or expired.
 * The API's bearer auth and the desk's sign-in both come here.
 */
export async function principalFor(token: string, env: Env, db: AppEnv["Variables"]["db"]): Promise<Principal> {
  if (env.ADMIN_TOKEN && (await constantTimeEqual(token, env.ADMIN_TOKEN))) {
    return { keyId: null, name: "Admin token", role: "admin" };
  }
  const keyId = keyIdOf(token);
  const row = keyId ? await findApiKey(db, keyId) : undefined;
  const valid = row && !row.revokedAt && (await constantTimeEqual(await hashApiKey(token), row.secretHash));
  if (!row || !valid) throw new ApiError("unauthenticated", "The API key is unknown or has been revoked.");
  // Said only after the secret matched: the holder already knows the key exists.
  if (row.expiresAt !== null && row.expiresAt <= new Date().toISOString()) {
    throw new ApiError("unauthenticated", `The API key expired at ${row.expiresAt}.`);
  }
  return { keyId: row.id, name: row.name, role: row.role };
}

/**
 * 401 without a valid key, 403 when the key's role is not enough, 429 while the client's address
 * is over the failed-authentication limit; sets `c.var.principal`.
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("Authorization");
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw new ApiError("unauthenticated", "Send an API key as `Authorization: Bearer <key>`.");
    const principal = await throttleFailedAuthentication(c, () => principalFor(token, c.env, c.var.db));
    if (principal.keyId) noteKeyUse(c.env, c.executionCtx, principal.keyId);
    if (!roleAllows(principal.role, role)) {
      throw new ApiError("forbidden", `This needs the ${role} role; the key has the ${principal.role} role.`);
    }
    c.set("principal", principal);
    await next();
  };
}
