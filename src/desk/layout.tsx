import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../app-env";
import type { DeskSessionRow } from "../db/schema";
import { contentSecurityPolicy } from "../embeds/csp";
import { Head, renderDocument } from "../embeds/layout";
import { DESK_CSS, DESK_SCRIPT } from "./styles";

export type DeskSection = "claims" | "due" | "new" | "keys" | "webhooks";

/** The CSRF token every desk form carries (session.ts checks it). */
export function Csrf({ session }: { session: DeskSessionRow }) {
  return <input type="hidden" name="_csrf" value={session.csrfToken} />;
}

function Nav({ session, current }: { session: DeskSessionRow; current: DeskSection | undefined }) {
  const link = (section: DeskSection, href: string, label: string) => (
    <a href={href} aria-current={current === section ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <header class="site">
      <a href="/desk">Claimtrail desk</a>
      <nav aria-label="Desk">
        {link("claims", "/desk", "Claims")}
        {link("due", "/desk?view=due", "Due for review")}
        {link("new", "/desk/new", "New claim")}
        {session.role === "admin" ? link("keys", "/desk/keys", "API keys") : null}
        {session.role === "admin" ? link("webhooks", "/desk/webhooks", "Webhooks") : null}
      </nav>
      <form method="post" action="/desk/sign-out">
        <Csrf session={session} />
        <button type="submit" class="secondary">
          Sign out {session.name}
        </button>
      </form>
    </header>
  );
}

export interface DeskPageProps {
  title: string;
  /** Null on the sign-in page. */
  session: DeskSessionRow | null;
  current?: DeskSection;
  flash?: string | undefined;
  children?: Child;
}

export function DeskPage(props: DeskPageProps) {
  return (
    <html lang="en" dir="ltr">
      <Head title={`${props.title} — Claimtrail desk`} css={DESK_CSS}>
        <meta name="robots" content="noindex" />
      </Head>
      <body>
        {props.session ? <Nav session={props.session} current={props.current} /> : null}
        <main>
          <h1>{props.title}</h1>
          {props.flash ? (
            <p class="flash" role="status">
              {props.flash}
            </p>
          ) : null}
          {props.children}
        </main>
        <script>{raw(DESK_SCRIPT)}</script>
      </body>
    </html>
  );
}

/**
 * Answers a desk page: private (never cached), not frameable, with only the desk's own hashed
 * style and script allowed, forms posting back to the desk only.
 */
export async function deskHtml(
  c: Context<AppEnv>,
  page: Child,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 412 | 422 | 429 = 200,
) {
  const csp = await contentSecurityPolicy({
    styles: [DESK_CSS],
    scripts: [DESK_SCRIPT],
    frameAncestors: "'none'",
    formAction: "'self'",
  });
  return c.html(await renderDocument(page), status, {
    "Content-Security-Policy": csp,
    "Cache-Control": "no-store",
  });
}
