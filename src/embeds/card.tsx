import { raw } from "hono/html";
import type { Messages } from "./i18n/messages";
import { Head } from "./layout";
import { CARD_SCRIPT } from "./scripts";
import { CARD_CSS } from "./styles";
import type { ClaimView } from "./view";

/**
 * The embeddable card: the quote, who said it, the status in its colour and in words (never colour
 * alone), when it last changed, and a link to the public page. All text goes through JSX escaping.
 */
export function Card({ view }: { view: ClaimView }) {
  const { claim, m } = view;
  return (
    <html lang={m.lang} dir={m.dir} data-claim={claim.id}>
      <Head title={`${view.statusLabel}: ${claim.text}`} css={CARD_CSS}>
        <meta name="robots" content="noindex" />
      </Head>
      <body>
        <article class="card" aria-label={m.saidBy(claim.speaker.name)}>
          <blockquote>
            <p>{m.quote(claim.text)}</p>
          </blockquote>
          <p class="speaker">{view.speakerLine}</p>
          <p>
            {m.statusHeading}: <span class={view.statusClass}>{view.statusLabel}</span>
          </p>
          <p class="meta">
            <time datetime={claim.status.updated_at}>{m.lastUpdated(view.updated)}</time> ·{" "}
            <a href={claim.links.page} target="_blank" rel="noopener">
              {m.readFactCheck}
            </a>
          </p>
        </article>
        <script>{raw(CARD_SCRIPT)}</script>
      </body>
    </html>
  );
}

export function NotFoundCard({ m, id }: { m: Messages; id: string }) {
  return (
    <html lang={m.lang} dir={m.dir} data-claim={id}>
      <Head title={m.claimNotFound} css={CARD_CSS}>
        <meta name="robots" content="noindex" />
      </Head>
      <body>
        <article class="card">
          <p>
            <strong>{m.claimNotFound}</strong>
          </p>
          <p class="meta">{m.claimNotFoundDetail}</p>
        </article>
        <script>{raw(CARD_SCRIPT)}</script>
      </body>
    </html>
  );
}
