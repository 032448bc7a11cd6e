import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, messagesFor, statusLabel } from "../../src/embeds/i18n";
import {
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  type ListBody,
  ORIGIN,
  type StatusUpdateBody,
} from "../helpers";
import { cspDirectives, fetchText, meta, postUpdate, select, selectOne, squash } from "./support";

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "Pages desk");
});

/** The JSON-LD of a page, parsed. */
async function jsonLdOf(html: string): Promise<Record<string, unknown>> {
  const script = await selectOne(html, 'script[type="application/ld+json"]');
  return JSON.parse(script.raw) as Record<string, unknown>;
}

async function claimReview(claimId: string): Promise<Record<string, unknown>> {
  const { res, body } = await callJson<Record<string, unknown>>(`/v1/claims/${claimId}/claimreview`);
  expect(res.status).toBe(200);
  return body;
}

describe("GET /claims/{id}: the public page", () => {
  let claim: ClaimBody;
  let timeline: StatusUpdateBody[];
  let page: string;
  let res: Response;

  beforeAll(async () => {
    claim = await createClaim(editor.key);
    await postUpdate(editor.key, claim.id, { status: "under_review", note: "Asking the State Department." });
    await postUpdate(editor.key, claim.id, {
      status: "mostly_false",
      note: "Negotiators said far fewer issues were settled.",
      evidence: [
        { url: "https://evidence.example/transcript", title: "Press briefing transcript" },
        { url: "https://evidence.example/untitled" },
      ],
    });
    const list = await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${claim.id}/updates`);
    timeline = list.body.data;
    const got = await call(`/claims/${claim.id}`);
    res = got;
    page = await got.text();
    claim = (await callJson<ClaimBody>(`/v1/claims/${claim.id}`)).body;
  });

  it("is an HTML page that may not be framed", () => {
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html\b/);
    const csp = cspDirectives(res.headers.get("Content-Security-Policy"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).toEqual(["'none'"]);
    expect(res.headers.get("Cache-Control")).toContain("stale-while-revalidate");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("shows the quote, the speaker, the status and when it changed", async () => {
    expect((await selectOne(page, "html")).attrs).toMatchObject({ lang: "en", dir: "ltr" });
    expect(squash((await selectOne(page, "h1")).text)).toBe(`“${claim.text}”`);
    const paragraphs = (await select(page, "main > p")).map((p) => squash(p.text));
    expect(paragraphs).toContain("Antony Blinken, US Secretary of State");
    expect(paragraphs).toContain(`Status: Mostly false Last updated ${formatDate(claim.status.updated_at, "en")}`);
    expect(paragraphs).toContain("Share of the issues agreed in the Gaza ceasefire talks");
    expect(paragraphs).toContain("Tracked by Claimtrail Test Desk");
    expect((await select(page, "main > p > span.status")).map((s) => s.text)).toEqual(["Mostly false"]);
  });

  it("lists where it was quoted, linking to the article", async () => {
    const items = await select(page, "section[aria-labelledby=quoted-in] li");
    expect(items.map((li) => squash(li.text))).toEqual([
      "US and UK issue joint statement on Gaza ceasefire talks — Example News",
    ]);
    const link = await selectOne(page, "section[aria-labelledby=quoted-in] a");
    expect(link.attrs.href).toBe("https://news.example/world/us-uk-joint-statement");
  });

  it("shows the whole timeline, newest first: each status, note, evidence and hash", async () => {
    expect(timeline.map((u) => u.status)).toEqual(["unverified", "under_review", "mostly_false"]);
    const entries = await select(page, "ol.timeline > li");
    expect(entries.map((li) => li.attrs.id)).toEqual([...timeline].reverse().map((u) => u.id));

    for (const update of timeline) {
      const scope = `ol.timeline > li#${update.id}`;
      expect((await selectOne(page, `${scope} span.status`)).text).toBe(statusLabel(messagesFor("en"), update.status));
      const time = await selectOne(page, `${scope} time`);
      expect(time.attrs.datetime).toBe(update.created_at);
      const hash = await selectOne(page, `${scope} p.hash`);
      expect(hash.text).toBe(`Hash: ${update.hash}`);
      expect(hash.attrs.title).toBe(`prev_hash ${update.prev_hash || '""'}`);
      const texts = (await select(page, `${scope} > p`)).map((p) => p.text);
      if (update.note) expect(texts).toContain(update.note);
      const links = await select(page, `${scope} ul a`);
      expect(links.map((a) => ({ href: a.attrs.href, text: a.text }))).toEqual(
        update.evidence.map((e) => ({ href: e.url, text: e.title ?? e.url })),
      );
    }
    expect(await select(page, "ol.timeline ul a")).toHaveLength(2);
  });

  it("explains how to verify the hashes, pointing at /v1/claims/{id}/chain", async () => {
    const section = await selectOne(page, "section[aria-labelledby=verify]");
    expect(section.text).toContain(`/v1/claims/${claim.id}/chain`);
    const link = await selectOne(page, "section[aria-labelledby=verify] a");
    expect(link.attrs.href).toBe(`${ORIGIN}/v1/claims/${claim.id}/chain`);
    const { res: chainRes, body } = await callJson<{ valid: boolean; length: number }>(
      new URL(link.attrs.href ?? "").pathname,
    );
    expect(chainRes.status).toBe(200);
    expect(body).toMatchObject({ valid: true, length: 3 });
  });

  it("carries ClaimReview JSON-LD equal to GET /v1/claims/{id}/claimreview", async () => {
    expect(await jsonLdOf(page)).toEqual(await claimReview(claim.id));
  });

  it("carries Open Graph and Twitter card tags", async () => {
    const title = `Mostly false: “${claim.text}” — Antony Blinken`;
    expect((await selectOne(page, "title")).text).toBe(title);
    expect(await meta(page, "og:title")).toBe(title);
    expect(await meta(page, "og:description")).toBe(claim.summary);
    expect(await meta(page, "og:url")).toBe(claim.links.page);
    expect(await meta(page, "og:type")).toBe("article");
    expect(await meta(page, "og:site_name")).toBe("Claimtrail Test Desk");
    expect(await meta(page, "twitter:card")).toBe("summary");
    expect(await meta(page, "twitter:title")).toBe(title);
    expect((await selectOne(page, "link[rel=canonical]")).attrs.href).toBe(claim.links.page);
  });

  it("links its oEmbed endpoint and its Atom feed, and both answer", async () => {
    const oembed = await selectOne(page, 'link[rel=alternate][type="application/json+oembed"]');
    const oembedUrl = new URL(oembed.attrs.href ?? "");
    expect(`${oembedUrl.origin}${oembedUrl.pathname}`).toBe(`${ORIGIN}/oembed`);
    expect(oembedUrl.searchParams.get("url")).toBe(claim.links.page);
    const answer = await call(oembedUrl.pathname + oembedUrl.search);
    expect(answer.status).toBe(200);
    await answer.body?.cancel();

    const atom = await selectOne(page, 'link[rel=alternate][type="application/atom+xml"]');
    expect(atom.attrs.href).toBe(`${ORIGIN}/feeds/claims/${claim.id}.atom`);
    const feed = await call(new URL(atom.attrs.href ?? "").pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Content-Type")).toMatch(/^application\/atom\+xml\b/);
    await feed.body?.cancel();
  });

  it("an unrated claim's JSON-LD has no reviewRating, like the endpoint", async () => {
    const unrated = await createClaim(editor.key, { text: "Nobody has checked this yet." });
    const { body } = await fetchText(`/claims/${unrated.id}`);
    const jsonLd = await jsonLdOf(body);
    expect(jsonLd).not.toHaveProperty("reviewRating");
    expect(jsonLd).toEqual(await claimReview(unrated.id));
  });

  it("a Spanish claim's page is in Spanish; its JSON-LD differs from the endpoint only in the rating's name", async () => {
    const es = messagesFor("es");
    const spanish = await createClaim(editor.key, { text: "La economía creció un 5 por ciento.", language: "es" });
    await postUpdate(editor.key, spanish.id, { status: "mostly_false", note: "Creció un 2 por ciento." });
    const { body } = await fetchText(`/claims/${spanish.id}`);
    expect((await selectOne(body, "html")).attrs.lang).toBe("es");
    expect((await select(body, "main > p > span.status")).map((s) => s.text)).toEqual([es.status.mostly_false]);

    const onPage = await jsonLdOf(body);
    const endpoint = await claimReview(spanish.id);
    expect(onPage.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: es.status.mostly_false,
    });
    expect(endpoint.reviewRating).toEqual({ ...(onPage.reviewRating as object), alternateName: "Mostly false" });
    const { reviewRating: _pageRating, ...pageRest } = onPage;
    const { reviewRating: _endpointRating, ...endpointRest } = endpoint;
    expect(pageRest).toEqual(endpointRest);
  });
});

describe("GET /: the index", () => {
  let narnia: ClaimBody;
  let atlantis: ClaimBody;
  let update: StatusUpdateBody;

  beforeAll(async () => {
    narnia = await createClaim(editor.key, {
      text: "Unemployment in Narnia fell to a record low.",
      speaker: { name: "Aslan Lion", title: "King" },
    });
    atlantis = await createClaim(editor.key, {
      text: "Atlantis doubled its fish exports.",
      speaker: { name: "Poseidon" },
      language: "es",
    });
    await postUpdate(editor.key, atlantis.id, { status: "true" });
    update = await postUpdate(editor.key, narnia.id, { status: "misleading", note: "Seasonal jobs only." });
  });

  it("lists the latest status changes, newest first, each linking to its entry on the claim page", async () => {
    const { res, body } = await fetchText("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html\b/);
    const csp = cspDirectives(res.headers.get("Content-Security-Policy"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect((await selectOne(body, "h1")).text).toBe("Latest status changes");

    const items = await select(body, "ul.changes > li");
    const first = items[0];
    expect(first?.text).toContain(`“${narnia.text}”`);
    expect(first?.text).toContain("Aslan Lion");
    expect(first?.text).toContain("Misleading");
    const links = await select(body, "ul.changes a");
    expect(links[0]?.attrs.href).toBe(`${ORIGIN}/claims/${narnia.id}#${update.id}`);
    expect(links[0]?.attrs.href).toMatch(/#upd_[0-9A-Z]{26}$/);
    // Every change links to an entry that exists on the claim's page.
    for (const link of links) expect(link.attrs.href).toMatch(new RegExp(`^${ORIGIN}/claims/clm_[0-9A-Z]{26}#upd_`));
    const { body: claimPage } = await fetchText(`/claims/${narnia.id}`);
    expect(await select(claimPage, `li#${update.id}`)).toHaveLength(1);

    // Each change is labelled in its claim's language.
    const spanishItem = items.find((li) => li.text.includes(atlantis.text));
    expect(spanishItem?.attrs.lang).toBe("es");
    expect(spanishItem?.text).toContain(messagesFor("es").status.true);
  });

  it("has a GET search form with a q field, a link to /docs and Atom autodiscovery", async () => {
    const { body } = await fetchText("/");
    const form = await selectOne(body, "form");
    expect(form.attrs.method?.toLowerCase()).toBe("get");
    expect(form.attrs.action).toBe("/");
    const input = await selectOne(body, "form input");
    expect(input.attrs).toMatchObject({ name: "q", type: "search" });
    expect((await selectOne(body, `label[for="${input.attrs.id}"]`)).text).toBe("Search claims");

    const docs = await selectOne(body, `a[href="${ORIGIN}/docs"]`);
    expect(docs.text).toBe(messagesFor("en").forDevelopers);
    const docsPage = await call("/docs");
    expect(docsPage.status).toBe(200);
    await docsPage.body?.cancel();

    const atom = await selectOne(body, 'link[rel=alternate][type="application/atom+xml"]');
    expect(atom.attrs.href).toBe(`${ORIGIN}/feeds/claims.atom`);
  });

  it("?q= lists the claims that match and not the others", async () => {
    const { res, body } = await fetchText("/?q=Narnia");
    expect(res.status).toBe(200);
    expect((await selectOne(body, "input[name=q]")).attrs.value).toBe("Narnia");
    const links = await select(body, "ul.changes a");
    expect(links.map((a) => ({ href: a.attrs.href, text: a.text }))).toEqual([
      { href: narnia.links.page, text: `“${narnia.text}”` },
    ]);
    expect(body).not.toContain(atlantis.text);
    expect(body).not.toContain(messagesFor("en").noResults);

    const other = await fetchText("/?q=atlantis");
    expect((await select(other.body, "ul.changes a")).map((a) => a.attrs.href)).toEqual([atlantis.links.page]);
  });

  it("?q= with no match says so", async () => {
    const { res, body } = await fetchText("/?q=zzzznomatch");
    expect(res.status).toBe(200);
    expect((await select(body, "main p")).map((p) => p.text)).toContain("No claims match.");
    expect(await select(body, "ul.changes > li")).toEqual([]);
  });
});
