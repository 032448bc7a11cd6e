import type { LatestEntry } from "../db/status-updates";
import { formatDateTime, type Locale, messagesFor, resolveLocale, statusLabel } from "./i18n";
import { Head } from "./layout";
import { PAGE_CSS } from "./styles";
import type { ClaimResource } from "./view";

export interface IndexProps {
  locale: Locale;
  publisher: { name: string };
  origin: string;
  latest: LatestEntry[];
  /** With `q`: the claims that matched, best first. */
  search?: { q: string; results: ClaimResource[] };
}

function Change({ entry, origin }: { entry: LatestEntry; origin: string }) {
  const locale = resolveLocale(entry.claim.language);
  const m = messagesFor(locale);
  return (
    <li lang={m.lang} dir={m.dir}>
      <a href={`${origin}/claims/${entry.claim.id}#${entry.entry.id}`}>{m.quote(entry.claim.text)}</a>
      <br />
      <span class="muted">{entry.speaker}</span> ·{" "}
      <span class={`status s-${entry.entry.status}`}>{statusLabel(m, entry.entry.status)}</span>{" "}
      <time class="muted" datetime={entry.entry.createdAt}>
        {formatDateTime(entry.entry.createdAt, locale)}
      </time>
    </li>
  );
}

/** `GET /`: what is tracked, newest status changes first, a search box, and the way to the API. */
export function IndexPage(props: IndexProps) {
  const m = messagesFor(props.locale);
  return (
    <html lang={m.lang} dir={m.dir}>
      <Head title={props.publisher.name} css={PAGE_CSS}>
        <meta name="description" content={m.latestChanges} />
        <link
          rel="alternate"
          type="application/atom+xml"
          href={`${props.origin}/feeds/claims.atom`}
          title={m.feedTitleAll(props.publisher.name)}
        />
      </Head>
      <body>
        <header class="site">
          <a href={`${props.origin}/`}>{props.publisher.name}</a>
        </header>
        <main>
          <search>
            <form class="search" method="get" action="/">
              <label for="q" class="muted">
                {m.search}
              </label>
              <input id="q" name="q" type="search" value={props.search?.q ?? ""} placeholder={m.searchPlaceholder} />
              <button type="submit">{m.search}</button>
            </form>
          </search>
          {props.search ? (
            <section aria-labelledby="results">
              <h1 id="results">{m.search}</h1>
              {props.search.results.length === 0 ? <p>{m.noResults}</p> : null}
              <ul class="changes">
                {props.search.results.map((claim) => (
                  <li>
                    <a href={claim.links.page}>{m.quote(claim.text)}</a>
                    <br />
                    <span class="muted">{claim.speaker.name}</span> ·{" "}
                    <span class={`status s-${claim.status.code}`}>{statusLabel(m, claim.status.code)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <section aria-labelledby="latest">
              <h1 id="latest">{m.latestChanges}</h1>
              <ul class="changes">
                {props.latest.map((entry) => (
                  <Change entry={entry} origin={props.origin} />
                ))}
              </ul>
            </section>
          )}
          <p>
            <a href={`${props.origin}/docs`}>{m.forDevelopers}</a> ·{" "}
            <a href={`${props.origin}/feeds/claims.atom`}>Atom</a>
          </p>
        </main>
      </body>
    </html>
  );
}
