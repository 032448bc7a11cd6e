import type { Context, MiddlewareHandler, Next } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { BOOKMARK_HEADER } from "./d1-session";

/** A year, subdomains included: Workers answer only HTTPS in production; browsers ignore it on http://localhost. */
const HSTS = "max-age=31536000; includeSubDomains";
const REFERRER = "strict-origin-when-cross-origin";
const NO_STORE = "no-store";

/**
 * Shared by every surface. Off: headers no browser in use acts on any more (IE's download prompt,
 * Flash and PDF cross-domain policies, the retired XSS auditor), and Origin-Agent-Cluster and DNS
 * prefetch control, which protect nothing here. Handlers keep what they set themselves
 * (`overwrite: false`): pages, the desk and the card name their inline styles and scripts by hash.
 */
const BASE = {
  strictTransportSecurity: HSTS,
  xContentTypeOptions: true,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  removePoweredBy: true,
  overwrite: false,
} as const;

/**
 * What a card, badge or shields answer carries from its handler, so the copy kept in the Cache API
 * (and answered before the app runs, see embeds/cache.ts) is already complete. Framing and loading
 * from any site is their purpose: no X-Frame-Options, `frame-ancestors *`, and a resource policy
 * that lets other origins show them. The card replaces this CSP with its own hashed one.
 */
export const EMBED_HEADERS = {
  "Strict-Transport-Security": HSTS,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": REFERRER,
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors *",
} as const;

const embeds = secureHeaders({
  ...BASE,
  referrerPolicy: REFERRER,
  crossOriginResourcePolicy: "cross-origin",
  crossOriginOpenerPolicy: false,
  xFrameOptions: false,
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["*"] },
});

/** JSON for programs: nothing to render, nothing to frame. */
const api = secureHeaders({
  ...BASE,
  referrerPolicy: "no-referrer",
  crossOriginResourcePolicy: "same-origin",
  crossOriginOpenerPolicy: false,
  xFrameOptions: "DENY",
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});

/** Public pages and /docs set their own CSP; this one covers anything else answered there. */
const pages = secureHeaders({
  ...BASE,
  referrerPolicy: REFERRER,
  crossOriginResourcePolicy: "same-origin",
  crossOriginOpenerPolicy: "same-origin",
  xFrameOptions: "DENY",
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});

/** The desk: the same origin only, its URLs (which name claims and keys) never sent elsewhere. */
const desk = secureHeaders({
  ...BASE,
  referrerPolicy: "same-origin",
  crossOriginResourcePolicy: "same-origin",
  crossOriginOpenerPolicy: "same-origin",
  xFrameOptions: "DENY",
  contentSecurityPolicy: { defaultSrc: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"] },
});

/** Request headers a cross-origin read may send beyond the CORS-safelisted ones. */
const READ_HEADERS = ["If-None-Match", BOOKMARK_HEADER];
const READ_HEADER_NAMES = new Set(READ_HEADERS.map((name) => name.toLowerCase()));
const READ_METHODS = new Set(["GET", "HEAD"]);
const EXPOSED_HEADERS = [
  "ETag",
  "Claim-ETag",
  "Location",
  "X-Request-Id",
  "Idempotent-Replayed",
  // A 429 (or 503) says when to come back; a page's script needs to read it too.
  "Retry-After",
  BOOKMARK_HEADER,
].join(", ");

/** True when a preflight asks for a public read: GET or HEAD, with no header but the read ones (no Authorization). */
function preflightIsRead(method: string | undefined, headers: string | undefined): boolean {
  if (!method || !READ_METHODS.has(method.toUpperCase())) return false;
  const asked = (headers ?? "").split(",").map((name) => name.trim().toLowerCase());
  return asked.every((name) => name === "" || READ_HEADER_NAMES.has(name));
}

/**
 * CORS for the API: any site may read (public GETs, answered `Access-Control-Allow-Origin: *`),
 * none may write from a browser. A preflight for a write, or for a request carrying Authorization,
 * gets no allow headers and the browser gives up; write responses carry none either. API keys
 * belong on servers, never in a page's script, and the desk posts its forms from its own origin.
 */
async function publicReads(c: Context, next: Next): Promise<void> {
  if (c.req.method === "OPTIONS") {
    if (
      preflightIsRead(c.req.header("Access-Control-Request-Method"), c.req.header("Access-Control-Request-Headers"))
    ) {
      c.header("Access-Control-Allow-Origin", "*");
      c.header("Access-Control-Allow-Methods", "GET, HEAD");
      c.header("Access-Control-Allow-Headers", READ_HEADERS.join(", "));
      c.header("Access-Control-Max-Age", "86400");
    }
    c.res = c.body(null, 204);
    return;
  }
  await next();
  if (READ_METHODS.has(c.req.method)) {
    c.res.headers.set("Access-Control-Allow-Origin", "*");
    c.res.headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }
}

/**
 * Paths whose answers name who holds access or carry a secret (keys, signing secrets, receiver
 * URLs, the audit trail of both).
 */
const PRIVATE_API = /^\/v1\/(?:keys|webhooks|audit)(?:\/|$)/;

type Surface = "api" | "pages" | "desk" | "embeds";

function surfaceOf(path: string): Surface {
  if (path === "/desk" || path.startsWith("/desk/")) return "desk";
  if (path.startsWith("/embed/") || path === "/embed.js" || path === "/oembed") return "embeds";
  if (path === "/" || path.startsWith("/claims/") || path === "/docs" || path === "/favicon.ico") return "pages";
  return "api";
}

/**
 * Security headers by surface (API and feeds, public pages and /docs, the desk, embeds) and the
 * API's CORS policy. Registered before everything else that answers, so problems, 304s and
 * preflights get them too. Desk answers are never stored: they carry a session's CSRF token, a
 * new key, or the cookie of a sign-in.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  const surface = surfaceOf(c.req.path);
  if (surface === "embeds") return embeds(c, next);
  if (surface === "pages") return pages(c, next);
  if (surface === "desk") {
    await desk(c, next);
    c.res.headers.set("Cache-Control", NO_STORE);
    return;
  }
  await api(c, () => publicReads(c, next));
  if (PRIVATE_API.test(c.req.path)) c.res.headers.set("Cache-Control", NO_STORE);
};
