// Atom feeds, read with fast-xml-parser: @rowanmanning/feed-parser cannot load in workerd (its
// require("html-entities") comes back undefined under the pool's CommonJS shim).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor, statusLabel } from "../../src/embeds/i18n";
import {
  type ClaimBody,
  callJson,
  createClaim,
  createKey,
  type ListBody,
  ORIGIN,
  type StatusUpdateBody,
} from "../helpers";
import { expectInertXml, fetchText, postUpdate } from "./support";

interface AtomText {
  "#text"?: string;
  "@_type"?: string;
}
interface AtomLink {
  "@_rel": string;
  "@_type": string;
  "@_href": string;
}
interface AtomEntry {
  "@_xml:lang": string;
  id: string;
  title: AtomText;
  updated: string;
  link: AtomLink[];
  summary?: AtomText;
}
interface AtomFeed {
  "@_xmlns": string;
  "@_xml:lang": string;
  id: string;
  title: AtomText;
  updated: string;
  link: AtomLink[];
  author: { name: string; uri: string };
  entry?: AtomEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => name === "entry" || name === "link",
});

/** A feed as a reader sees it: title, links and entries. */
async function readFeed(path: string) {
  const { res, body } = await fetchText(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  expect(XMLValidator.validate(body)).toBe(true);
  const doc = parser.parse(body) as { feed?: AtomFeed };
  if (!doc.feed) throw new Error("no <feed> root");
  expectInertXml(doc);
  const feed = doc.feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const link = (rel: string, links: AtomLink[]) => links.find((l) => l["@_rel"] === rel)?.["@_href"];
  return {
    res,
    feed,
    title: feed.title["#text"],
    self: link("self", feed.link),
    alternate: link("alternate", feed.link),
    entries: (feed.entry ?? []).map((e) => ({
      id: e.id,
      lang: e["@_xml:lang"],
      title: e.title["#text"],
      updated: e.updated,
      link: link("alternate", e.link),
      summary: e.summary?.["#text"],
    })),
  };
}

async function timelineOf(claimId: string): Promise<StatusUpdateBody[]> {
  const { body } = await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${claimId}/updates?limit=100`);
  return body.data;
}

let editor: { id: string; key: string };
let blinken: ClaimBody;
let spanish: ClaimBody;
let plain: ClaimBody;

beforeAll(async () => {
  editor = await createKey("editor", "Feed desk");
  blinken = await createClaim(editor.key);
  spanish = await createClaim(editor.key, {
    text: "El paro bajó al 8 por ciento.",
    summary: "Tasa de paro",
    speaker: { name: "Yolanda Díaz" },
    language: "es",
  });
  plain = await createClaim(editor.key, { text: "Rents doubled in ten years.", summary: undefined });
  await postUpdate(editor.key, blinken.id, { status: "under_review", note: "Checking with negotiators." });
  await postUpdate(editor.key, spanish.id, { status: "mostly_true", note: "Fue el 8,2 por ciento." });
  await postUpdate(editor.key, blinken.id, { status: "mostly_false", note: "Far fewer issues were settled." });
});

describe("GET /feeds/claims.atom", () => {
  it("is the publisher's feed of the latest status changes, with its self and alternate links", async () => {
    const { res, feed, title, self, alternate } = await readFeed("/feeds/claims.atom");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(title).toBe("Latest status changes — Claimtrail Test Desk");
    expect(self).toBe(`${ORIGIN}/feeds/claims.atom`);
    expect(feed.id).toBe(`${ORIGIN}/feeds/claims.atom`);
    expect(alternate).toBe(`${ORIGIN}/`);
    expect(feed.author).toEqual({ name: "Claimtrail Test Desk", uri: "https://desk.test" });
    expect(feed["@_xml:lang"]).toBe("en");
  });

  it("lists the entries of several claims, newest first, titled with speaker and status, linking to the claim page", async () => {
    const { feed, entries } = await readFeed("/feeds/claims.atom");
    const timelines = [
      ...(await timelineOf(blinken.id)),
      ...(await timelineOf(spanish.id)),
      ...(await timelineOf(plain.id)),
    ];
    const expected = timelines
      .sort((a, b) =>
        a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at),
      )
      .map((u) => `${ORIGIN}/claims/${u.claim_id}#${u.id}`);
    expect(entries.map((e) => e.link)).toEqual(expected);
    expect(entries.map((e) => e.id)).toEqual(expected);
    expect(new Set(entries.map((e) => new URL(e.link ?? "").pathname)).size).toBe(3);
    expect(feed.updated).toBe(entries[0]?.updated);
    for (let i = 1; i < entries.length; i++) {
      expect((entries[i - 1]?.updated ?? "") >= (entries[i]?.updated ?? "")).toBe(true);
    }

    expect(entries[0]).toMatchObject({
      title: "Antony Blinken’s claim rated Mostly false",
      summary: "Far fewer issues were settled.",
      lang: "en",
    });
    expect(entries[1]).toMatchObject({
      title: messagesFor("es").feedEntryTitle("Yolanda Díaz", messagesFor("es").status.mostly_true),
      summary: "Fue el 8,2 por ciento.",
      lang: "es",
    });
    expect(entries[2]).toMatchObject({ title: "Antony Blinken’s claim rated Under review" });
    // Entries without a note have no summary.
    const created = entries.find((e) => e.link?.includes(plain.id));
    expect(created).toMatchObject({ title: "Antony Blinken’s claim rated Not yet rated", summary: undefined });
  });
});

describe("GET /feeds/claims/{id}.atom", () => {
  it("lists every entry of the claim's timeline, newest first", async () => {
    const { res, feed, title, self, alternate, entries } = await readFeed(`/feeds/claims/${blinken.id}.atom`);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(title).toBe(`Status changes: ${blinken.summary}`);
    expect(self).toBe(`${ORIGIN}/feeds/claims/${blinken.id}.atom`);
    expect(alternate).toBe(`${ORIGIN}/claims/${blinken.id}`);
    expect(feed.author).toEqual({ name: "Claimtrail Test Desk", uri: "https://desk.test" });

    const timeline = [...(await timelineOf(blinken.id))].reverse();
    expect(entries).toEqual(
      timeline.map((u) => ({
        id: `${ORIGIN}/claims/${blinken.id}#${u.id}`,
        link: `${ORIGIN}/claims/${blinken.id}#${u.id}`,
        lang: "en",
        title: `Antony Blinken’s claim rated ${statusLabel(messagesFor("en"), u.status)}`,
        updated: u.created_at,
        summary: u.note ?? undefined,
      })),
    );
    expect(entries.map((e) => e.title)).toEqual([
      "Antony Blinken’s claim rated Mostly false",
      "Antony Blinken’s claim rated Under review",
      "Antony Blinken’s claim rated Not yet rated",
    ]);
    expect(feed.updated).toBe(timeline[0]?.created_at);
  });

  it("is in the claim's language", async () => {
    const es = messagesFor("es");
    const { feed, title, entries } = await readFeed(`/feeds/claims/${spanish.id}.atom`);
    expect(feed["@_xml:lang"]).toBe("es");
    expect(title).toBe(es.feedTitleClaim("Tasa de paro"));
    expect(entries.map((e) => e.title)).toEqual([
      es.feedEntryTitle("Yolanda Díaz", es.status.mostly_true),
      es.feedEntryTitle("Yolanda Díaz", es.status.unverified),
    ]);
  });

  it("is titled with the quote when the claim has no summary", async () => {
    const { title, entries } = await readFeed(`/feeds/claims/${plain.id}.atom`);
    expect(title).toBe(`Status changes: ${plain.text}`);
    expect(entries).toHaveLength(1);
  });

  it("the entry links resolve to the entries on the claim page", async () => {
    const { entries } = await readFeed(`/feeds/claims/${blinken.id}.atom`);
    const { body } = await fetchText(`/claims/${blinken.id}`);
    for (const entry of entries) {
      const hash = new URL(entry.link ?? "").hash.slice(1);
      expect(body).toContain(`<li id="${hash}">`);
    }
  });
});

describe("the global feed is capped", () => {
  // Fifty writes one after another through the claim's writer: seconds on a busy CI machine.
  it("at the newest 50 changes", async () => {
    const busy = await createClaim(editor.key, { text: "A claim revised many times." });
    const statuses = ["under_review", "true", "false", "misleading", "half_true"];
    for (let i = 0; i < 50; i++) {
      await postUpdate(editor.key, busy.id, { status: statuses[i % statuses.length] ?? "true", note: `Revision ${i}` });
    }
    const { entries } = await readFeed("/feeds/claims.atom");
    expect(entries).toHaveLength(50);
    expect(entries[0]?.summary).toBe("Revision 49");
    expect(entries[49]?.summary).toBe("Revision 0");
    // The claim's own feed starts with its newest entry too.
    const own = await readFeed(`/feeds/claims/${busy.id}.atom`);
    expect(own.entries.length).toBeGreaterThanOrEqual(50);
    expect(own.entries[0]?.summary).toBe("Revision 49");
  }, 30_000);
});
