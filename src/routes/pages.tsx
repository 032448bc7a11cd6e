import { type Context, Hono } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim, listClaims, toRecord } from "../db/claim-queries";
import { latestEntries } from "../db/status-updates";
import { isId } from "../domain/ids";
import { ftsQuery } from "../domain/text";
import { requestedLocale } from "../embeds/cache";
import { ClaimPage } from "../embeds/claim-page";
import { contentSecurityPolicy } from "../embeds/csp";
import { type Messages, messagesFor, resolveLocale } from "../embeds/i18n";
import { IndexPage } from "../embeds/index-page";
import { renderDocument } from "../embeds/layout";
import { PAGE_CSS } from "../embeds/styles";
import { claimView } from "../embeds/view";
import { baseUrl } from "../http/base-url";
import { LIMIT_PERIODS, searchAllowed } from "../http/rate-limit";
import { toClaimResource } from "../resources/claim";

/** Pages change with every status update: browsers and the edge may reuse them only briefly. */
const PAGE_CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=5";

export function publisherOf(env: Env) {
  return { name: env.PUBLISHER_NAME || "Claimtrail", url: env.PUBLISHER_URL || "https://claimtrail.example" };
}

async function page(
  c: Context<AppEnv>,
  body: unknown,
  status: 200 | 404 | 429,
  formAction: "'self'" | "'none'",
  headers: Record<string, string> = {},
) {
  const csp = await contentSecurityPolicy({ styles: [PAGE_CSS], frameAncestors: "'none'", formAction });
  return c.html(await renderDocument(body as never), status, {
    "Content-Security-Policy": csp,
    "Cache-Control": PAGE_CACHE_CONTROL,
    ...headers,
  });
}

/** The reader's language for pages not about one claim: `?lang=` if supported, else English. */
const readerLocale = (c: Context<AppEnv>) => resolveLocale("en", requestedLocale(new URL(c.req.url)));

/** A page that only says what went wrong, in the reader's language, with a link home. */
function messagePage(
  c: Context<AppEnv>,
  say: (m: Messages) => { title: string; detail: string },
  status: 404 | 429,
  headers: Record<string, string> = {},
) {
  const m = messagesFor(readerLocale(c));
  const text = say(m);
  return page(
    c,
    <html lang={m.lang} dir={m.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{text.title}</title>
      </head>
      <body>
        <main>
          <h1>{text.title}</h1>
          <p>{text.detail}</p>
          <p>
            <a href="/">{publisherOf(c.env).name}</a>
          </p>
        </main>
      </body>
    </html>,
    status,
    "'none'",
    headers,
  );
}

function notFoundPage(c: Context<AppEnv>) {
  return messagePage(c, (m) => ({ title: m.claimNotFound, detail: m.claimNotFoundDetail }), 404);
}

/**
 * The index page's search box runs the same full-text search as GET /v1/claims?q=, under the same
 * limit; a reader over it gets a page saying so (the API's clients get a problem document).
 */
function tooManySearchesPage(c: Context<AppEnv>) {
  const wait = LIMIT_PERIODS.SEARCH_LIMITER;
  return messagePage(c, (m) => ({ title: m.tooManySearches, detail: m.tooManySearchesDetail(wait) }), 429, {
    "Retry-After": String(wait),
    "Cache-Control": "no-store",
  });
}

export const pageRoutes = new Hono<AppEnv>()
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  .get("/favicon.ico", (c) => c.body(null, 204, { "Cache-Control": "public, max-age=86400" }))
  .get("/", async (c) => {
    const q = c.req.query("q")?.trim().slice(0, 200);
    if (q && !(await searchAllowed(c))) return tooManySearchesPage(c);
    const search = q ? ftsQuery(q) : null;
    const base = baseUrl(c);
    const [latest, results] = await Promise.all([
      search ? Promise.resolve([]) : latestEntries(c.var.db, 30),
      search
        ? listClaims(c.var.db, { search }, 30, { offset: 0 }).then((found) => found.rows.map(toRecord))
        : Promise.resolve([]),
    ]);
    return page(
      c,
      <IndexPage
        locale={readerLocale(c)}
        publisher={publisherOf(c.env)}
        origin={base}
        latest={latest}
        search={q ? { q, results: results.map((record) => toClaimResource(record, base)) } : undefined}
      />,
      200,
      "'self'",
    );
  })
  .get("/claims/:id", async (c) => {
    const id = c.req.param("id");
    const read = isId("clm", id) ? await findClaim(c.var.db, id, { timeline: true }) : null;
    if (!read) return notFoundPage(c);
    const base = baseUrl(c);
    const claim = toClaimResource(read.record, base);
    const view = claimView(claim, resolveLocale(claim.language, requestedLocale(new URL(c.req.url))));
    return page(
      c,
      <ClaimPage
        view={view}
        timeline={read.timeline ?? []}
        context={{ publisher: publisherOf(c.env), origin: base }}
      />,
      200,
      "'none'",
    );
  });
