import { describe, expect, it } from "vitest";
import { NEUTRAL_BADGE_COLOR } from "../../src/embeds/badge";
import { messagesFor } from "../../src/embeds/i18n";
import { call, callJson, expectProblem, ORIGIN } from "../helpers";
import { expectInertXml, expectNoLiveMarkup, fetchText, parseXml, select, selectOne } from "./support";

/** Shaped like a claim id, but no claim has it. */
const UNKNOWN = "clm_01J00000000000000000000000";
/** Not an id at all, and hostile if reflected. */
const MALFORMED = ["not-a-claim", "clm_123", encodeURIComponent('"><script>alert(1)</script>')];

interface Svg {
  rect: { "@_fill": string };
  title: string;
  g: { text: { "#text"?: string; "@_aria-hidden"?: string }[] };
}

const en = messagesFor("en");

describe.each([UNKNOWN, ...MALFORMED])("an unknown claim %s is 404 in every format", (id) => {
  it("card: a neutral HTML card saying “Claim not found”, not cached", async () => {
    const { res, body } = await fetchText(`/embed/claims/${id}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors *");
    expect((await selectOne(body, "strong")).text).toBe("Claim not found");
    expect((await selectOne(body, "title")).text).toBe("Claim not found");
    expect((await selectOne(body, "html")).attrs.lang).toBe("en");
    expectNoLiveMarkup(body);
  });

  it("badge: a valid grey SVG saying “Claim not found”", async () => {
    const { res, body } = await fetchText(`/embed/claims/${id}/badge.svg`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^image\/svg\+xml\b/);
    const svg = parseXml(body).svg as Svg;
    const drawn = svg.g.text.filter((t) => t["@_aria-hidden"] !== "true").map((t) => t["#text"]);
    expect(drawn).toEqual([en.badgeLabel, "Claim not found"]);
    expect(svg.title).toBe(`${en.badgeLabel}: Claim not found`);
    expect(svg.rect["@_fill"]).toBe(NEUTRAL_BADGE_COLOR);
    expectInertXml(svg);
  });

  it("shields: schemaVersion 1, message “Claim not found”, grey", async () => {
    const { res, body } = await callJson<Record<string, unknown>>(`/embed/claims/${id}/shields.json`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json\b/);
    expect(body).toMatchObject({
      schemaVersion: 1,
      label: en.badgeLabel,
      message: "Claim not found",
      color: NEUTRAL_BADGE_COLOR.slice(1),
    });
  });

  it("public page: an HTML 404 page", async () => {
    const { res, body } = await fetchText(`/claims/${id}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html\b/);
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect((await selectOne(body, "h1")).text).toBe("Claim not found");
    expect((await select(body, "main p")).map((p) => p.text)).toEqual([en.claimNotFoundDetail, "Claimtrail Test Desk"]);
    expectNoLiveMarkup(body);
  });

  it("oEmbed of its page or its card: 404", async () => {
    for (const url of [`${ORIGIN}/claims/${id}`, `${ORIGIN}/embed/claims/${id}`]) {
      const res = await call(`/oembed?url=${encodeURIComponent(url)}`);
      expect(res.status).toBe(404);
      await res.body?.cancel();
    }
  });
});

describe("JSON and feed routes of an unknown claim", () => {
  it("claimreview: 404 problem claim_not_found", async () => {
    const body = await expectProblem(await call(`/v1/claims/${UNKNOWN}/claimreview`), 404, "claim_not_found");
    expect(body.detail).toContain(UNKNOWN);
  });

  it("claimreview of a malformed id: 404 problem claim_not_found", async () => {
    await expectProblem(await call("/v1/claims/not-a-claim/claimreview"), 404, "claim_not_found");
  });

  it("per-claim feed: 404 problem claim_not_found", async () => {
    await expectProblem(await call(`/feeds/claims/${UNKNOWN}.atom`), 404, "claim_not_found");
  });

  it("per-claim feed of a malformed id: 404 problem", async () => {
    await expectProblem(await call("/feeds/claims/not-a-claim.atom"), 404, "not_found");
  });
});
