import type { DeskSessionRow } from "../db/schema";
import type { Role } from "./api-keys";
import { toBase64url } from "./base64url";
import { sha256Hex } from "./hashing";

/** A desk session lasts a working day; signing in again starts a new one. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = "ct_desk";

function randomToken(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A new session for whoever signed in: the cookie's secret (shown once) and the row to store. */
export async function newSession(
  who: { keyId: string | null; name: string; role: Role },
  now: number,
): Promise<{ secret: string; row: DeskSessionRow }> {
  const secret = randomToken();
  return {
    secret,
    row: {
      secretHash: await sha256Hex(secret),
      keyId: who.keyId,
      name: who.name,
      role: who.role,
      csrfToken: randomToken(),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
      revokedAt: null,
    },
  };
}

/**
 * The session cookie: `HttpOnly; SameSite=Strict; Path=/desk`, and `Secure` except on plain http
 * to a loopback host in development, where browsers would drop a Secure cookie.
 */
export function sessionCookie(value: string, requestUrl: string, maxAgeSeconds: number): string {
  const url = new URL(requestUrl);
  const loopback = url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return [
    `${SESSION_COOKIE}=${value}`,
    "Path=/desk",
    "HttpOnly",
    "SameSite=Strict",
    `Max-Age=${maxAgeSeconds}`,
    ...(loopback ? [] : ["Secure"]),
  ].join("; ");
}

/**
 * A form POST comes from the desk itself: its Origin (or, when a browser sends none, its Referer)
 * is this origin. Together with the session's CSRF token this stops cross-site form posts.
 */
export function sameOrigin(requestUrl: string, origin: string | undefined, referer: string | undefined): boolean {
  const own = new URL(requestUrl).origin;
  if (origin !== undefined) return origin === own;
  if (referer === undefined) return false;
  try {
    return new URL(referer).origin === own;
  } catch {
    return false;
  }
}
