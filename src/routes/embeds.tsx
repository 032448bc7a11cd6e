import { type Context, Hono } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import { isId } from "../domain/ids";
import { findStatus } from "../domain/statuses";
import { notFoundBadge, renderBadge, shieldsEndpoint } from "../embeds/badge";
import { answerAndCache, EMBED_CACHE_CONTROL, requestedLocale } from "../embeds/cache";
import { Card, NotFoundCard } from "../embeds/card";
import { contentSecurityPolicy, cspHash } from "../embeds/csp";
import { messagesFor, resolveLocale } from "../embeds/i18n";
import type { Messages } from "../embeds/i18n/messages";
import { renderDocument } from "../embeds/layout";
import { CARD_SCRIPT, EMBED_SCRIPT } from "../embeds/scripts";
import { CARD_CSS } from "../embeds/styles";
import { type ClaimView, claimView } from "../embeds/view";
import { baseUrl } from "../http/base-url";
import { EMBED_HEADERS } from "../http/security-headers";
import { toClaimResource } from "../resources/claim";

type Format = "card" | "badge" | "shields";

/** A badge's accessible name keeps the status at its end, however long the quote. */
const TITLE_QUOTE_CHARS = 160;

const cardCsp = () => contentSecurityPolicy({ styles: [CARD_CSS], scripts: [CARD_SCRIPT], frameAncestors: "*" });

/**
 * The card's ETag also names its inline style and script: after a deploy that changes them, a
 * browser revalidating an old card must get the new page, not a 304 with a CSP its copy breaks.
 */
async function cardRevision(): Promise<string> {
  return (await cspHash(CARD_CSS + CARD_SCRIPT)).slice(8, 16).replace(/[^\w]/g, "");
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

async function found(view: ClaimView, format: Format): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  const { claim, m } = view;
  const color = findStatus(claim.kind, claim.status.code)?.color ?? "";
  if (format === "card") {
    return {
      body: await renderDocument(<Card view={view} />),
      headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": await cardCsp() },
    };
  }
  if (format === "badge") {
    const title = `${claim.speaker.name}: ${m.quote(shorten(claim.text, TITLE_QUOTE_CHARS))} — ${view.statusLabel}`;
    return {
      body: renderBadge({ label: m.badgeLabel, message: view.statusLabel, color, title, dir: m.dir }),
      headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
    };
  }
  return {
    body: JSON.stringify(shieldsEndpoint({ label: m.badgeLabel, message: view.statusLabel, color })),
    headers: { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" },
  };
}

async function notFound(
  m: Messages,
  id: string,
  format: Format,
): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  if (format === "card") {
    return {
      body: await renderDocument(<NotFoundCard m={m} id={id} />),
      headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": await cardCsp() },
    };
  }
  if (format === "badge") {
    return {
      body: notFoundBadge(m.badgeLabel, m.claimNotFound, m.dir),
      headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
    };
  }
  return {
    body: JSON.stringify(shieldsEndpoint({ label: m.badgeLabel, message: m.claimNotFound, color: "" })),
    headers: { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" },
  };
}

/**
 * One embed answer in `format`: the claim's card, badge or shields JSON, labelled in the claim's
 * language (or `?lang=`), cached (embeds/cache.ts) with an ETag per version, language and format.
 * Unknown claims are 404 in the same format, with a neutral "claim not found", and never cached.
 */
async function embed(c: Context<AppEnv>, format: Format): Promise<Response> {
  const id = c.req.param("id") ?? "";
  const read = isId("clm", id) ? await findClaim(c.var.db, id) : null;
  const claim = read ? toClaimResource(read.record, baseUrl(c)) : null;
  const locale = resolveLocale(claim?.language ?? "en", requestedLocale(new URL(c.req.url)));
  if (!claim) {
    const answer = await notFound(messagesFor(locale), id, format);
    return new Response(answer.body, {
      status: 404,
      headers: { ...EMBED_HEADERS, ...answer.headers, "Cache-Control": "no-store" },
    });
  }
  const answer = await found(claimView(claim, locale), format);
  const revision = format === "card" ? `-${await cardRevision()}` : "";
  const etag = `"v${claim.version}-${locale}-${format}${revision}"`;
  const response = new Response(answer.body, {
    headers: { ...EMBED_HEADERS, ...answer.headers, "Cache-Control": EMBED_CACHE_CONTROL, ETag: etag },
  });
  return answerAndCache(c.req.raw, response, c.executionCtx);
}

export const embedRoutes = new Hono<AppEnv>()
  .get("/embed/claims/:id", (c) => embed(c, "card"))
  .get("/embed/claims/:id/badge.svg", (c) => embed(c, "badge"))
  .get("/embed/claims/:id/shields.json", (c) => embed(c, "shields"))
  .get("/embed.js", (c) =>
    c.body(EMBED_SCRIPT, 200, {
      "Content-Type": "application/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    }),
  );
