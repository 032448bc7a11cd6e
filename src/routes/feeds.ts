import { type Context, Hono } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import { latestEntries } from "../db/status-updates";
import { ApiError } from "../domain/errors";
import { isId } from "../domain/ids";
import { type AtomEntry, atomFeed } from "../embeds/atom";
import { messagesFor, resolveLocale, statusLabel } from "../embeds/i18n";
import { baseUrl } from "../http/base-url";
import { limitSearches } from "../http/rate-limit";
import { publisherOf } from "./pages";

const FEED_ENTRIES = 50;

/** A timeline entry as a feed entry, titled in its claim's language. */
function entry(
  origin: string,
  claim: { id: string; language: string },
  speaker: string,
  update: { id: string; status: string; note: string | null; createdAt: string },
): AtomEntry {
  const m = messagesFor(resolveLocale(claim.language));
  const link = `${origin}/claims/${claim.id}#${update.id}`;
  return {
    id: link,
    title: m.feedEntryTitle(speaker, statusLabel(m, update.status)),
    updated: update.createdAt,
    link,
    summary: update.note,
    lang: m.lang,
  };
}

function atom(c: Context<AppEnv>, xml: string) {
  return c.body(xml, 200, {
    "Content-Type": "application/atom+xml; charset=utf-8",
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
  });
}

/** Atom feeds of status changes: across all claims, and per claim. Each read costs D1: limited per client IP. */
export const feedRoutes = new Hono<AppEnv>()
  .use("/feeds/*", limitSearches())
  .get("/feeds/claims.atom", async (c) => {
    const origin = baseUrl(c);
    const publisher = publisherOf(c.env);
    const rows = await latestEntries(c.var.db, FEED_ENTRIES);
    return atom(
      c,
      atomFeed({
        title: messagesFor("en").feedTitleAll(publisher.name),
        selfUrl: `${origin}/feeds/claims.atom`,
        alternateUrl: `${origin}/`,
        author: { name: publisher.name, uri: publisher.url },
        updated: rows[0]?.entry.createdAt ?? new Date().toISOString(),
        lang: "en",
        entries: rows.map((row) => entry(origin, row.claim, row.speaker, row.entry)),
      }),
    );
  })
  .get("/feeds/claims/:file{clm_[0-9A-HJKMNP-TV-Z]{26}\\.atom}", async (c) => {
    const id = c.req.param("file").slice(0, -".atom".length);
    const read = isId("clm", id) ? await findClaim(c.var.db, id, { timeline: true }) : null;
    if (!read) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
    const origin = baseUrl(c);
    const { claim, speaker } = read.record;
    const m = messagesFor(resolveLocale(claim.language));
    const timeline = [...(read.timeline ?? [])].reverse().slice(0, FEED_ENTRIES);
    const publisher = publisherOf(c.env);
    return atom(
      c,
      atomFeed({
        title: m.feedTitleClaim(claim.summary ?? claim.text),
        selfUrl: `${origin}/feeds/claims/${id}.atom`,
        alternateUrl: `${origin}/claims/${id}`,
        author: { name: publisher.name, uri: publisher.url },
        updated: timeline[0]?.createdAt ?? claim.updatedAt,
        lang: m.lang,
        entries: timeline.map((update) => entry(origin, claim, speaker.name, update)),
      }),
    );
  });
