import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A page the test site serves: its HTML and any extra headers (a CSP, say). */
export interface SitePage {
  body: string;
  headers?: Record<string, string>;
}

export interface Site {
  origin: string;
  close(): Promise<void>;
}

/**
 * A plain Node HTTP server on 127.0.0.1 and a free port: another origin than the Worker's, as a
 * news site embedding Claimtrail would be. Serves `pages` by path (read on each request, so pages
 * may be added after it starts), 204 for the favicon, 404 otherwise.
 */
export async function serveSite(pages: Map<string, SitePage>): Promise<Site> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://site.test").pathname;
    const page = pages.get(path);
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
    } else if (page) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...page.headers });
      res.end(page.body);
    } else {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ArticleClaims {
  /** The Worker's origin. */
  worker: string;
  /** The English claim (the worked example). */
  english: string;
  /** The Arabic claim. */
  arabic: string;
  /** The `html` of `GET /oembed?url=<the English claim's page>`, pasted in as a CMS would. */
  oembedHtml: string;
}

/**
 * A news article that embeds Claimtrail in every form the README offers: embed.js with two
 * placeholders (English, and Arabic in a right-to-left section), a hand-written iframe, a badge
 * image linking to the public page, and the oEmbed answer's iframe. Light and dark, like many sites.
 */
export function articlePage({ worker, english, arabic, oembedHtml }: ArticleClaims): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Ceasefire talks: “90 percent agreed” — The Test Gazette</title>
<style>
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fbfaf7}
@media (prefers-color-scheme:dark){body{color:#e6e3de;background:#17181a}a{color:#8ab4f8}}
header{border-bottom:1px solid #8884;padding:8px 16px;font:700 20px system-ui,sans-serif}
main{max-width:680px;margin:0 auto;padding:8px 16px 48px}
h1{font-size:28px;line-height:1.25}
h2{font:600 18px system-ui,sans-serif;margin-top:32px}
.embed{margin:20px 0}
</style>
<script src="${worker}/embed.js" async></script>
</head>
<body>
<header>The Test Gazette</header>
<main>
<article>
<h1>Ceasefire talks: “90 percent agreed”, says Blinken</h1>
<p>Negotiators met again on Tuesday. The US Secretary of State told reporters that most of the
text was settled, in words that fact-checkers are now following:</p>
<div class="embed" data-claimtrail-claim="${english}" data-lang="en"><a href="${worker}/claims/${english}">Fact-check</a></div>
<p>Officials in the region were more cautious about how much had been agreed.</p>
<section class="embed" lang="ar" dir="rtl">
<h2>بالعربية</h2>
<div data-claimtrail-claim="${arabic}" data-lang="ar"><a href="${worker}/claims/${arabic}">تدقيق</a></div>
</section>
<h2>The card in a plain iframe</h2>
<iframe id="plain" src="${worker}/embed/claims/${english}" width="560" height="200" style="border:0;max-width:100%" title="Fact-check status" loading="lazy"></iframe>
<h2>The badge</h2>
<p><a href="${worker}/claims/${english}"><img id="badge" src="${worker}/embed/claims/${english}/badge.svg" alt="Fact-check status of Antony Blinken’s claim"></a></p>
<h2>The card through oEmbed</h2>
<div class="embed" id="oembed">${oembedHtml}</div>
</article>
</main>
</body>
</html>`;
}

/**
 * Controls for the console watch: a page whose cross-origin frame breaks its own CSP (an inline
 * script and an image), so a test can show that such violations reach the listeners at all.
 */
export function cspControlPages(frameOrigin: string): { top: SitePage; frame: SitePage } {
  return {
    top: { body: `<!DOCTYPE html><title>control</title><iframe src="${frameOrigin}/csp-frame"></iframe>` },
    frame: {
      body: '<!DOCTYPE html><title>frame</title><script>document.title="ran"</script><img src="/nothing.png" alt="">',
      headers: { "Content-Security-Policy": "default-src 'none'" },
    },
  };
}
