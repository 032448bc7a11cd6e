import { beforeAll, describe, expect, it } from "vitest";
import { CARD_SCRIPT } from "../../src/embeds/scripts";
import {
  blinkenClaim,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  ORIGIN,
} from "../helpers";
import {
  expectInertXml,
  expectNoLiveMarkup,
  fetchText,
  hostile,
  meta,
  parseXml,
  postUpdate,
  select,
  selectOne,
  squash,
} from "./support";

// One claim whose every free text is hostile: the quote, summary, speaker's name and title, the
// article's title and publisher, and a status update's note and evidence title.
const TEXT = hostile("Quote");
const SUMMARY = hostile("Sum");
const NAME = hostile("Evil");
const TITLE = hostile("Minister");
const HEADLINE = hostile("Headline");
const PUBLISHER = hostile("Pub");
const NOTE = hostile("Note");
const EVIDENCE = hostile("Evidence");
const EVIDENCE_URL = "https://evidence.example/report?a=1&b=2";
/** A valid http(s) URL that would break out of an unescaped attribute. */
const HOSTILE_URL = `https://evidence.example/x?q="><script>alert(1)</script>`;

let claim: ClaimBody;

beforeAll(async () => {
  const editor = await createKey("editor", "XSS desk");
  claim = await createClaim(editor.key, {
    text: TEXT,
    summary: SUMMARY,
    speaker: { name: NAME, title: TITLE },
    article: { url: "https://news.example/hostile", title: HEADLINE, publisher: PUBLISHER },
  });
  await postUpdate(editor.key, claim.id, {
    status: "false",
    note: NOTE,
    evidence: [{ url: EVIDENCE_URL, title: EVIDENCE }, { url: HOSTILE_URL }],
  });
});

/** No element of the document has an event handler attribute, an <img> or an <iframe>. */
async function expectNoHandlers(html: string): Promise<void> {
  const all = await select(html, "*");
  expect(all.length).toBeGreaterThan(5);
  for (const element of all) {
    expect(Object.keys(element.attrs).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(["img", "iframe", "object", "embed"]).not.toContain(element.tag);
  }
}

describe("links that would run script are refused", () => {
  it("a javascript: or data: URL as evidence or as the article is 400", async () => {
    const editor = await createKey("editor", "XSS desk 2");
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
      const update = await call(`/v1/claims/${claim.id}/updates`, {
        token: editor.key,
        body: { status: "false", evidence: [{ url }] },
      });
      await expectProblem(update, 400, "validation_failed");
      const created = await call("/v1/claims", {
        token: editor.key,
        body: blinkenClaim({ text: "Another claim.", article: { url, title: "x" } }),
      });
      await expectProblem(created, 400, "validation_failed");
    }
  });
});

describe("hostile text is shown as text everywhere", () => {
  it("the stored claim kept the text exactly (the tests below compare against it)", () => {
    expect(claim.text).toBe(TEXT);
    expect(claim.speaker).toMatchObject({ name: NAME, title: TITLE });
    expect(claim.appearances[0]?.article).toMatchObject({ title: HEADLINE, publisher: PUBLISHER });
  });

  it("card", async () => {
    const { res, body } = await fetchText(`/embed/claims/${claim.id}`);
    expect(res.status).toBe(200);
    expectNoLiveMarkup(body);
    await expectNoHandlers(body);
    expect(squash((await selectOne(body, "blockquote")).text)).toBe(`“${TEXT}”`);
    expect((await selectOne(body, "p.speaker")).text).toBe(`${NAME}, ${TITLE}`);
    expect((await selectOne(body, "title")).text).toBe(`False: ${TEXT}`);
    expect((await selectOne(body, "article")).attrs["aria-label"]).toBe(`Said by ${NAME}`);
    // The only script is the card's own.
    const scripts = await select(body, "script");
    expect(scripts.map((s) => s.raw)).toEqual([CARD_SCRIPT]);
  });

  it("badge SVG: well-formed XML with no script element and no on* attribute", async () => {
    const { res, body } = await fetchText(`/embed/claims/${claim.id}/badge.svg`);
    expect(res.status).toBe(200);
    const doc = parseXml(body);
    expectInertXml(doc);
    const svg = doc.svg as { title: string; "@_aria-label": string };
    expect(svg.title).toBe(`${NAME}: “${TEXT}” — False`);
    expect(svg["@_aria-label"]).toBe(`${NAME}: “${TEXT}” — False`);
    expect(body).not.toContain("<script");
    expect(body).not.toContain("<img");
    expect(body).not.toContain("]]>");
  });

  it("shields JSON: plain JSON values", async () => {
    const { res, body } = await callJson<Record<string, unknown>>(`/embed/claims/${claim.id}/shields.json`);
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ schemaVersion: 1, label: "fact-check", message: "False", color: "8c1414" });
  });

  it("public page: no live markup, every text escaped, JSON-LD that parses back and holds no <", async () => {
    const { res, body } = await fetchText(`/claims/${claim.id}`);
    expect(res.status).toBe(200);
    expectNoLiveMarkup(body);
    await expectNoHandlers(body);

    expect(squash((await selectOne(body, "h1")).text)).toBe(`“${TEXT}”`);
    expect((await selectOne(body, "title")).text).toBe(`False: “${TEXT}” — ${NAME}`);
    expect(await meta(body, "og:title")).toBe(`False: “${TEXT}” — ${NAME}`);
    expect(await meta(body, "og:description")).toBe(SUMMARY);
    expect(await meta(body, "description")).toBe(SUMMARY);
    const texts = (await select(body, "main p")).map((p) => p.text);
    expect(texts).toContain(`${NAME}, ${TITLE}`);
    expect(texts).toContain(NOTE);
    const links = await select(body, "main a");
    expect(links).toContainEqual(expect.objectContaining({ text: HEADLINE, attrs: expect.any(Object) }));
    expect(links).toContainEqual(
      expect.objectContaining({ text: EVIDENCE, attrs: expect.objectContaining({ href: EVIDENCE_URL }) }),
    );
    // A URL is only ever an attribute value, or escaped text.
    const hostileLink = links.find((a) => a.attrs.href === HOSTILE_URL);
    expect(hostileLink?.text).toBe(HOSTILE_URL);
    expect(squash((await selectOne(body, "section[aria-labelledby=quoted-in] li")).text)).toBe(
      `${HEADLINE} — ${PUBLISHER}`,
    );

    // The only script is the JSON-LD, which cannot be closed from inside and gives the texts back.
    const scripts = await select(body, "script");
    expect(scripts.map((s) => s.attrs.type)).toEqual(["application/ld+json"]);
    const jsonLd = scripts[0]?.raw ?? "";
    expect(jsonLd).not.toContain("<");
    expect(jsonLd).not.toContain(">");
    const review = JSON.parse(jsonLd) as {
      claimReviewed: string;
      itemReviewed: { author: { name: string; jobTitle: string }; appearance: { headline: string }[] };
    };
    expect(review.claimReviewed).toBe(TEXT);
    expect(review.itemReviewed.author).toMatchObject({ name: NAME, jobTitle: TITLE });
    expect(review.itemReviewed.appearance[0]?.headline).toBe(HEADLINE);
  });

  it("feeds: valid XML, texts intact, nothing executable", async () => {
    for (const path of [`/feeds/claims/${claim.id}.atom`, "/feeds/claims.atom"]) {
      const { res, body } = await fetchText(path);
      expect(res.status).toBe(200);
      const doc = parseXml(body);
      expectInertXml(doc);
      expect(body).not.toContain("<script");
      expect(body).not.toContain("<img");
      const feed = doc.feed as { entry: { title: { "#text": string }; summary?: { "#text": string } }[] };
      const titles = feed.entry.map((e) => e.title["#text"]);
      expect(titles).toContain(`${NAME}’s claim rated False`);
      expect(titles).toContain(`${NAME}’s claim rated Not yet rated`);
      expect(feed.entry.map((e) => e.summary?.["#text"])).toContain(NOTE);
    }
    const own = parseXml((await fetchText(`/feeds/claims/${claim.id}.atom`)).body).feed as {
      title: { "#text": string };
    };
    expect(own.title["#text"]).toBe(`Status changes: ${SUMMARY}`);
  });

  it("oEmbed: the iframe's attributes are escaped, and it is the only element", async () => {
    const url = `${ORIGIN}/claims/${claim.id}`;
    const { res, body } = await callJson<{ html: string; title: string; author_name: string }>(
      `/oembed?url=${encodeURIComponent(url)}`,
    );
    expect(res.status).toBe(200);
    expect(body.title).toBe(`“${TEXT}” — ${NAME}`);
    expect(body.author_name).toBe(NAME);
    expectNoLiveMarkup(body.html);
    const elements = await select(body.html, "*");
    expect(elements.map((e) => e.tag)).toEqual(["iframe"]);
    expect(elements[0]?.attrs.title).toBe(body.title);
    expect(elements[0]?.attrs.src).toBe(`${ORIGIN}/embed/claims/${claim.id}`);
    expect(Object.keys(elements[0]?.attrs ?? {}).sort()).toEqual(
      ["height", "loading", "src", "style", "title", "width"].sort(),
    );
  });

  it("index page: the latest changes list the hostile claim as text", async () => {
    const { body } = await fetchText("/");
    expectNoLiveMarkup(body);
    await expectNoHandlers(body);
    const links = await select(body, "ul.changes a");
    expect(links.map((a) => a.text)).toContain(`“${TEXT}”`);
  });

  it("index search: the query is echoed only as an attribute value", async () => {
    const q = '"><script>alert(1)</script>';
    const { res, body } = await fetchText(`/?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expectNoLiveMarkup(body);
    await expectNoHandlers(body);
    expect((await selectOne(body, "input[name=q]")).attrs.value).toBe(q);
  });

  it("index search finds the hostile claim and lists it as text", async () => {
    const { body } = await fetchText("/?q=Quote");
    expectNoLiveMarkup(body);
    const links = await select(body, "ul.changes a");
    expect(links.map((a) => a.text)).toEqual([`“${TEXT}”`]);
  });
});
