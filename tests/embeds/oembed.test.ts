import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimBody, call, callJson, createClaim, createKey, expectProblem, ORIGIN } from "../helpers";
import { select, selectOne } from "./support";

interface OEmbed {
  version: string;
  type: string;
  html: string;
  width: number;
  height: number;
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

let claim: ClaimBody;

beforeAll(async () => {
  const editor = await createKey("editor", "oEmbed desk");
  claim = await createClaim(editor.key);
});

function oembed(query: string) {
  return callJson<OEmbed>(`/oembed?${query}`);
}

/** The answer's iframe, parsed. */
async function iframeOf(body: OEmbed) {
  const elements = await select(body.html, "*");
  expect(elements.map((e) => e.tag)).toEqual(["iframe"]);
  return selectOne(body.html, "iframe");
}

describe("GET /oembed", () => {
  it("answers oEmbed 1.0 rich JSON for the claim's page URL: an iframe of its card", async () => {
    const { res, body } = await oembed(`url=${encodeURIComponent(claim.links.page)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json\b/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 560,
      height: 200,
      title: `“${claim.text}” — Antony Blinken`,
      author_name: "Antony Blinken",
      provider_name: "Claimtrail Test Desk",
      provider_url: `${ORIGIN}/`,
    });
    const iframe = await iframeOf(body);
    expect(iframe.attrs).toMatchObject({
      src: `${ORIGIN}/embed/claims/${claim.id}`,
      width: "560",
      height: "200",
      title: body.title,
    });
  });

  it("maxwidth and maxheight shrink the answer and its iframe", async () => {
    const { body } = await oembed(`url=${encodeURIComponent(claim.links.page)}&maxwidth=300&maxheight=100`);
    expect(body).toMatchObject({ width: 300, height: 100 });
    expect((await iframeOf(body)).attrs).toMatchObject({ width: "300", height: "100" });
  });

  it("maxwidth and maxheight larger than the card, or not positive integers, change nothing", async () => {
    for (const query of ["maxwidth=2000&maxheight=900", "maxwidth=0&maxheight=-5", "maxwidth=abc&maxheight=1.5"]) {
      const { body } = await oembed(`url=${encodeURIComponent(claim.links.page)}&${query}`);
      expect(body, query).toMatchObject({ width: 560, height: 200 });
    }
  });

  it("accepts the card's URL, and the page URL with a trailing slash or a query", async () => {
    for (const url of [claim.links.embed, `${claim.links.page}/`, `${claim.links.page}?lang=es`]) {
      const { res, body } = await oembed(`url=${encodeURIComponent(url)}&format=json`);
      expect(res.status, url).toBe(200);
      expect((await iframeOf(body)).attrs.src).toBe(`${ORIGIN}/embed/claims/${claim.id}`);
    }
  });

  it("a URL on another site is 404, even with a claim's path", async () => {
    for (const url of [
      `https://evil.example/claims/${claim.id}`,
      `http://claimtrail.test.evil.example/claims/${claim.id}`,
      `http://claimtrail.test:8080/claims/${claim.id}`,
    ]) {
      await expectProblem(await call(`/oembed?url=${encodeURIComponent(url)}`), 404, "not_found");
    }
  });

  it("a URL of this site that is not a claim's page is 404", async () => {
    for (const url of [`${ORIGIN}/`, `${ORIGIN}/claims/`, `${claim.links.badge}`, `${ORIGIN}/v1/claims/${claim.id}`]) {
      await expectProblem(await call(`/oembed?url=${encodeURIComponent(url)}`), 404, "not_found");
    }
  });

  it("a missing or unparseable url is 404", async () => {
    await expectProblem(await call("/oembed"), 404, "not_found");
    await expectProblem(await call("/oembed?url="), 404, "not_found");
    await expectProblem(await call("/oembed?url=not%20a%20url"), 404, "not_found");
  });

  it("format=xml is 501 Not Implemented", async () => {
    const res = await call(`/oembed?url=${encodeURIComponent(claim.links.page)}&format=xml`);
    expect(res.status).toBe(501);
    await res.body?.cancel();
  });

  it("the claim page advertises this endpoint for its own URL", async () => {
    const page = await call(`/claims/${claim.id}`);
    const link = await selectOne(await page.text(), 'link[type="application/json+oembed"]');
    const href = new URL(link.attrs.href ?? "");
    expect(href.origin + href.pathname).toBe(`${ORIGIN}/oembed`);
    expect(href.searchParams.get("url")).toBe(claim.links.page);
    const { res, body } = await callJson<OEmbed>(href.pathname + href.search);
    expect(res.status).toBe(200);
    expect(body.type).toBe("rich");
  });
});
