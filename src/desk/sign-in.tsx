import type { Context } from "hono";

import type { AppEnv } from "../app-env";
import { endSession, insertSession } from "../db/sessions";
import { ApiError } from "../domain/errors";

import { newSession, SESSION_TTL_MS, sameOrigin, sessionCookie } from "../domain/sessions";
import { clientAddress, LIMIT_PERIODS } from "../http/rate-limit";
import { principalFor } from "../middleware/auth";
import { noteKeyUse } from "../middleware/last-used";
import { Field, formText } from "./forms";
import { DeskPage, deskHtml } from "./layout";
import { currentSession } from "./session";

/** Only a desk path may be the place to return to after signing in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/desk(?:[/?#]|$)/.test(next) && !next.startsWith("//") ? next : "/desk";
}

function SignInPage(props: { next: string; error?: string }) {
  return (
    <DeskPage title="Sign in" session={null}>
      <p>Sign in with the API key your admin gave you. It stays on the server: this browser keeps only a session.</p>
      <form method="post" action="/desk/sign-in">
        <input type="hidden" name="next" value={props.next} />
        <Field
          name="key"
          label="API key"
          type="password"
          autocomplete="off"
          required
          errors={props.error ? { key: props.error } : {}}
        />
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
    </DeskPage>
  );
}

export async function showSignIn(c: Context<AppEnv>) {
  if (await currentSession(c)) return c.redirect(safeNext(c.req.query("next")), 303);
  return deskHtml(c, <SignInPage next={safeNext(c.req.query("next"))} />);
}

/**
 * Exchanges an API key for a desk session. Attempts are limited per client IP (the rate-limit
 * binding), and the form must come from this origin, so no other site can sign a browser in.
 */
export async function signIn(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const next = safeNext(formText(form, "next"));
  if (!sameOrigin(c.req.url, c.req.header("Origin"), c.req.header("Referer"))) {
    return deskHtml(
      c,
      <SignInPage next={next} error="This form was not sent from the desk. Reload and try again." />,
      403,
    );
  }
  if (!(await c.env.SIGN_IN_LIMITER.limit({ key: `sign-in:${clientAddress(c)}` })).success) {
    c.header("Retry-After", String(LIMIT_PERIODS.SIGN_IN_LIMITER));
    return deskHtml(c, <SignInPage next={next} error="Too many attempts. Wait a minute and try again." />, 429);
  }
  let who: Awaited<ReturnType<typeof principalFor>>;
  try {
    who = await principalFor(formText(form, "key"), c.env, c.var.db);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return deskHtml(c, <SignInPage next={next} error="This key is unknown, revoked or expired." />, 401);
  }
  if (who.keyId) noteKeyUse(c.env, c.executionCtx, who.keyId);
  const { secret, row } = await newSession(who, Date.now());
  await insertSession(c.var.db, row);
  c.header("Set-Cookie", sessionCookie(secret, c.req.url, SESSION_TTL_MS / 1000));
  return c.redirect(next, 303);
}

export async function signOut(c: Context<AppEnv>) {
  await endSession(c.var.db, c.var.desk.secretHash, new Date().toISOString());
  c.header("Set-Cookie", sessionCookie("", c.req.url, 0));
  return c.redirect("/desk/sign-in", 303);
}
