import { Hono } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import { ApiError } from "../domain/errors";
import { isId } from "../domain/ids";
import { baseUrl } from "../http/base-url";
import { publisherOf } from "./pages";

/** The card's natural size; `maxwidth` and `maxheight` only ever shrink it. */
const WIDTH = 560;
const HEIGHT = 200;
const CLAIM_PAGE = /^\/(?:embed\/)?claims\/(clm_[0-9A-HJKMNP-TV-Z]{26})\/?$/;

function bound(raw: string | undefined, natural: number): number {
  const max = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(max) && max > 0 ? Math.min(natural, max) : natural;
}

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * oEmbed 1.0 (`type: rich`, JSON only) for this service's claim pages and cards. A URL of another
 * site, or of no claim, is 404; `format=xml` is 501, as the spec asks for unsupported formats.
 */
export const oembedRoutes = new Hono<AppEnv>().get("/oembed", async (c) => {
  const format = c.req.query("format") ?? "json";
  if (format !== "json") {
    return c.json({ error: "Only format=json is supported." }, 501);
  }
  const origin = baseUrl(c);
  let target: URL;
  try {
    target = new URL(c.req.query("url") ?? "");
  } catch {
    throw new ApiError("not_found", "url must be a claim page of this service.");
  }
  const id = target.origin === origin ? CLAIM_PAGE.exec(target.pathname)?.[1] : undefined;
  const read = id && isId("clm", id) ? await findClaim(c.var.db, id) : null;
  if (!id || !read) throw new ApiError("not_found", "url must be a claim page of this service.");
  const width = bound(c.req.query("maxwidth"), WIDTH);
  const height = bound(c.req.query("maxheight"), HEIGHT);
  const { claim, speaker } = read.record;
  const title = `“${claim.text}” — ${speaker.name}`;
  const src = `${origin}/embed/claims/${id}`;
  const publisher = publisherOf(c.env);
  return c.json(
    {
      version: "1.0",
      type: "rich",
      title,
      author_name: speaker.name,
      provider_name: publisher.name,
      provider_url: `${origin}/`,
      cache_age: 300,
      width,
      height,
      html: `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" title="${escapeAttribute(title)}"></iframe>`,
    },
    200,
    { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  );
});
