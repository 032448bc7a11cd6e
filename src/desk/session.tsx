import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../app-env";
import { findLiveSession } from "../db/sessions";
import { constantTimeEqual, sha256Hex } from "../domain/hashing";
import { SESSION_COOKIE, sameOrigin } from "../domain/sessions";
import { keyAllowed, LIMIT_PERIODS } from "../http/rate-limit";
import { DeskPage, deskHtml } from "./layout";

/** Where to go to sign in, coming back to `path` afterwards. */
export function signInUrl(path: string): string {
  return `/desk/sign-in?next=${encodeURIComponent(path)}`;
}

/** The session behind the request's cookie, or undefined. */
export async function currentSession(c: Context<AppEnv>) {
  const secret = getCookie(c, SESSION_COOKIE);
  if (!secret || secret.length > 100) return undefined;
  return findLiveSession(c.var.db, await sha256Hex(secret), new Date().toISOString());
}

/**
 * Every desk page but sign-in: a live session, or a redirect to sign in. A form POST must also
 * come from this origin and carry the session's CSRF token, else it is a 403 that changes nothing.
 */
export const deskSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = await currentSession(c);
  if (!session) {
    // Back to the page after signing in; a form sent without a session goes back to the desk.
    const back = c.req.method === "GET" ? c.req.path + new URL(c.req.url).search : "/desk";
    return c.redirect(signInUrl(back), 303);
  }
  if (c.req.method === "POST") {
    const form = await c.req.parseBody();
    const token = typeof form._csrf === "string" ? form._csrf : "";
    const fromHere = sameOrigin(c.req.url, c.req.header("Origin"), c.req.header("Referer"));
    if (!fromHere || !(await constantTimeEqual(token, session.csrfToken))) {
      return c.text(
        "This form was not sent from the desk (or the page is too old). Go back, reload, and send it again.",
        403,
      );
    }
  }
  c.set("desk", session);
  c.set("principal", { keyId: session.keyId, name: session.name, role: session.role });
  await next();
};

/** Admin pages (keys, webhooks): an editor's session gets a 403, not the page. */
export const deskAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.desk.role !== "admin") {
    return deskHtml(
      c,
      <DeskPage title="For admins only" session={c.var.desk}>
        <p>
          This page is for admins. <a href="/desk">Back to the claims</a>
        </p>
      </DeskPage>,
      403,
    );
  }
  await next();
};

/**
 * A desk form counts against its key's API limits (writes; extraction for the paste-an-article
 * form), so the desk is no way around them. Over a limit the form's answer is a 429 page.
 */
export const deskLimits: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "POST" || c.req.path === "/desk/sign-out") return next();
  const limiter = c.req.path === "/desk/new" ? "EXTRACT_LIMITER" : "WRITE_LIMITER";
  if (await keyAllowed(c, limiter)) return next();
  c.header("Retry-After", String(LIMIT_PERIODS[limiter]));
  const what = limiter === "EXTRACT_LIMITER" ? "articles read" : "changes";
  return deskHtml(
    c,
    <DeskPage title="Too many requests" session={c.var.desk}>
      <p>
        Your key has had too many {what} this minute, here or through the API. Nothing was saved. Wait{" "}
        {LIMIT_PERIODS[limiter]} seconds, then go back and send the form again.
      </p>
    </DeskPage>,
    429,
  );
};
