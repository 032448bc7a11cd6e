import { raw } from "hono/html";
import type { StatusUpdateRow } from "../db/schema";
import { claimReviewOf, jsonLdScript } from "../domain/claimreview";
import { formatDateTime, statusLabel } from "./i18n";
import { Head } from "./layout";
import { PAGE_CSS } from "./styles";
import type { ClaimView } from "./view";

export interface PageContext {
  publisher: { name: string; url: string };
  origin: string;
}

function Verify({ view, origin }: { view: ClaimView; origin: string }) {
  const { claim, m } = view;
  return (
    <section aria-labelledby="verify">
      <h2 id="verify">{m.verifyHeading}</h2>
      <p>{m.verifyIntro}</p>
      <p>
        <code>hash = sha256(prev_hash + "\n" + JSON.stringify([claim_id, status, note, evidence, created_at]))</code>
      </p>
      <p>
        <a href={`${origin}/v1/claims/${claim.id}/chain`}>{`/v1/claims/${claim.id}/chain`}</a> ·{" "}
        <code>{`node scripts/verify-chain.mjs ${claim.links.page}`}</code>
      </p>
    </section>
  );
}

function Timeline({ view, timeline }: { view: ClaimView; timeline: StatusUpdateRow[] }) {
  const { m, locale } = view;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{m.timeline}</h2>
      <ol class="timeline">
        {[...timeline].reverse().map((entry) => (
          <li id={entry.id}>
            <p>
              <span class={`status s-${entry.status}`}>{statusLabel(m, entry.status)}</span>{" "}
              <time class="muted" datetime={entry.createdAt}>
                {formatDateTime(entry.createdAt, locale)}
              </time>
            </p>
            {entry.note ? <p>{entry.note}</p> : null}
            {entry.evidence.length > 0 ? (
              <ul aria-label={m.evidence}>
                {entry.evidence.map((e) => (
                  <li>
                    <a href={e.url} rel="nofollow noopener">
                      {e.title ?? e.url}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <p class="hash muted" title={`prev_hash ${entry.prevHash || '""'}`}>
              {m.hash}: {entry.hash}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The public page of a claim: the quote, who said it, its status, where it appeared, the whole
 * timeline with evidence and hashes, and how to verify them. Its head carries ClaimReview JSON-LD,
 * Open Graph and Twitter tags, and the oEmbed and Atom discovery links.
 */
export function ClaimPage(props: { view: ClaimView; timeline: StatusUpdateRow[]; context: PageContext }) {
  const { view, timeline, context } = props;
  const { claim, m } = view;
  const title = `${view.statusLabel}: ${m.quote(claim.text)} — ${claim.speaker.name}`;
  const description = claim.summary ?? claim.text;
  const review = claimReviewOf(claim, {
    publisher: context.publisher,
    pageUrl: claim.links.page,
    ratingName: view.statusLabel,
  });
  const oembed = `${context.origin}/oembed?url=${encodeURIComponent(claim.links.page)}&format=json`;
  return (
    <html lang={m.lang} dir={m.dir}>
      <Head title={title} css={PAGE_CSS}>
        <meta name="description" content={description} />
        <link rel="canonical" href={claim.links.page} />
        <meta property="og:type" content="article" />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={claim.links.page} />
        <meta property="og:site_name" content={context.publisher.name} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        <link rel="alternate" type="application/json+oembed" href={oembed} title={title} />
        <link
          rel="alternate"
          type="application/atom+xml"
          href={`${context.origin}/feeds/claims/${claim.id}.atom`}
          title={m.feedTitleClaim(description)}
        />
        <script type="application/ld+json">{raw(jsonLdScript(review))}</script>
      </Head>
      <body>
        <header class="site">
          <a href={`${context.origin}/`}>{context.publisher.name}</a>
        </header>
        <main>
          <p class="muted">{m.claimKind[claim.kind]}</p>
          <h1>
            <blockquote>{m.quote(claim.text)}</blockquote>
          </h1>
          <p>{view.speakerLine}</p>
          <p>
            {m.statusHeading}: <span class={view.statusClass}>{view.statusLabel}</span>{" "}
            <span class="muted">{m.lastUpdated(view.updated)}</span>
          </p>
          {claim.summary ? <p class="muted">{claim.summary}</p> : null}
          {claim.appearances.length > 0 ? (
            <section aria-labelledby="quoted-in">
              <h2 id="quoted-in">{m.quotedIn}</h2>
              <ul>
                {claim.appearances.map((a) => (
                  <li>
                    <a href={a.article.url} rel="noopener">
                      {a.article.title ?? a.article.url}
                    </a>
                    {a.article.publisher ? <span class="muted"> — {a.article.publisher}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Timeline view={view} timeline={timeline} />
          <Verify view={view} origin={context.origin} />
          <p class="muted">{m.trackedBy(context.publisher.name)}</p>
        </main>
      </body>
    </html>
  );
}
