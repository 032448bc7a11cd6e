import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { rateLimitAddress } from "../domain/client-address";
import { ApiError } from "../domain/errors";

/**
 * The `[[ratelimits]]` bindings of wrangler.toml and the window each counts in, in seconds: the
 * binding does not say its period, and `Retry-After` needs it. Change both places together.
 */
export const LIMIT_PERIODS = {
  WRITE_LIMITER: 60,
  SEARCH_LIMITER: 60,
  EXTRACT_LIMITER: 60,
  AUTH_FAILURE_LIMITER: 60,
  SIGN_IN_LIMITER: 60,
} as const satisfies Partial<Record<keyof Env, 10 | 60>>;

type Limiter = keyof typeof LIMIT_PERIODS;

/** The client address the per-IP limits count (see `rateLimitAddress`). */
export function clientAddress(c: Context<AppEnv>): string {
  return rateLimitAddress(c.req.header("CF-Connecting-IP"));
}

function limited(limiter: Limiter, detail: string, retryAfter: number = LIMIT_PERIODS[limiter]): ApiError {
  return new ApiError("rate_limited", detail, {}, { "Retry-After": String(retryAfter) });
}

async function take(c: Context<AppEnv>, limiter: Limiter, key: string): Promise<boolean> {
  return (await c.env[limiter].limit({ key })).success;
}

/** Counts one anonymous search for the client's address; false when it is over the limit. */
export function searchAllowed(c: Context<AppEnv>): Promise<boolean> {
  return take(c, "SEARCH_LIMITER", clientAddress(c));
}

/** Anonymous reads that cost D1 work (full-text search, matching, feeds): counted per client IP. */
export function limitSearches(when: (c: Context<AppEnv>) => boolean = () => true): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (when(c) && !(await searchAllowed(c))) {
      throw limited("SEARCH_LIMITER", "Too many searches from this address. Wait for Retry-After seconds.");
    }
    await next();
  };
}

/** The key a principal's per-key limits count under: its id, or "admin_token" for ADMIN_TOKEN. */
function principalKey(c: Context<AppEnv>): string {
  return c.var.principal.keyId ?? "admin_token";
}

/** Counts one write or extraction for the request's key (API or desk alike); false when over the limit. */
export function keyAllowed(c: Context<AppEnv>, limiter: "WRITE_LIMITER" | "EXTRACT_LIMITER"): Promise<boolean> {
  return take(c, limiter, principalKey(c));
}

/** Writes (every method but GET and HEAD) per API key; runs after `requireRole`. */
export const limitWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && !(await keyAllowed(c, "WRITE_LIMITER"))) {
    throw limited("WRITE_LIMITER", "Too many writes with this API key. Wait for Retry-After seconds.");
  }
  await next();
};

/** `POST /v1/extract` per API key; runs after `requireRole`. */
export const limitExtracts: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!(await keyAllowed(c, "EXTRACT_LIMITER"))) {
    throw limited("EXTRACT_LIMITER", "Too many extractions with this API key. Wait for Retry-After seconds.");
  }
  await next();
};

/** Client addresses over the failed-authentication limit, and until when (ms) they stay refused. */
const blockedUntil = new Map<string, number>();
const MAX_BLOCKED = 10_000;

function block(address: string, until: number, now: number): void {
  if (blockedUntil.size >= MAX_BLOCKED) {
    for (const [known, end] of blockedUntil) if (end <= now) blockedUntil.delete(known);
    const oldest = blockedUntil.keys().next();
    if (blockedUntil.size >= MAX_BLOCKED && !oldest.done) blockedUntil.delete(oldest.value);
  }
  blockedUntil.set(address, until);
}

const TOO_MANY_FAILURES = "Too many failed authentication attempts from this address. Wait for Retry-After seconds.";

/**
 * Runs `verify` on a presented credential, throttling failures per client address. Failures are
 * counted by the binding; once it refuses, the address is refused here for a whole period without
 * its credential being checked at all, so a guess that happens to be right is not told apart from
 * a wrong one while the block lasts. The block lives in this isolate's memory: a caller spread
 * over several isolates gets at most one checked guess per isolate and period beyond the limit.
 */
export async function throttleFailedAuthentication<T>(c: Context<AppEnv>, verify: () => Promise<T>): Promise<T> {
  const address = clientAddress(c);
  const now = Date.now();
  const until = blockedUntil.get(address);
  if (until !== undefined && until > now) {
    throw limited("AUTH_FAILURE_LIMITER", TOO_MANY_FAILURES, Math.ceil((until - now) / 1000));
  }
  if (until !== undefined) blockedUntil.delete(address);
  try {
    return await verify();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "unauthenticated") throw error;
    if (await take(c, "AUTH_FAILURE_LIMITER", address)) throw error;
    const failedAt = Date.now();
    block(address, failedAt + LIMIT_PERIODS.AUTH_FAILURE_LIMITER * 1000, failedAt);
    throw limited("AUTH_FAILURE_LIMITER", TOO_MANY_FAILURES);
  }
}
