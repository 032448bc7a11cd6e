import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, type ClaimBody, call, callJson, createClaim, expectProblem, type ListBody } from "../helpers";

// The list writes each claim's topics and appearances as the JSON text SQLite built; these claims
// carry what JSON escaping can get wrong, and each must read exactly as GET /v1/claims/{id} shows it.
const TRICKY = 'Ünïcödé “quoted” \\ path, "double" and \\"escaped\\"';

let escaped: ClaimBody;
let bare: ClaimBody;
let several: ClaimBody;

beforeAll(async () => {
  escaped = await createClaim(ADMIN_TOKEN, {
    text: `Zebrafish harbour claim: ${TRICKY}`,
    speaker: { name: "Speaker “Zoë” \\ O'Brien", title: 'Minister for "Things"' },
    topics: ["ünïcödé", "日本語", "naïve_topic-2"],
    article: {
      url: "https://news.example/zebrafish?title=%22quoted%22",
      title: `Title ${TRICKY}`,
      publisher: "Zeitung “Für” Alle \\ Ltd",
      published_at: "2024-08-20T14:03:00Z",
    },
    quote_context: `He said:\n"${TRICKY}"\tand left 😀`,
    quantity: undefined,
  });
  bare = await createClaim(ADMIN_TOKEN, {
    text: "Zebrafish claim with no article and no topics.",
    speaker: { name: "Plain Speaker" },
    topics: [],
    article: undefined,
    quote_context: undefined,
    summary: undefined,
    quantity: undefined,
  });
  several = await createClaim(ADMIN_TOKEN, {
    text: "Zebrafish claim seen in several articles.",
    topics: ["ünïcödé"],
    article: { url: "https://news.example/bare-article" },
    quote_context: undefined,
  });
  // More appearances than the API adds at creation, with what its validation would not let in:
  // control characters, a line separator, and null fields next to set ones.
  await env.DB.batch([
    env.DB.prepare(
      "insert into articles (id, url, title, publisher, published_at, created_at) values (?, ?, ?, ?, ?, ?)",
    ).bind(
      "art_json_2",
      "https://news.example/control\u0001chars",
      "Bell\u0007, tab\t, newline\n, separator\u2028 and NUL-free \\u0000 text",
      null,
      "2024-09-01T00:00:00Z",
      "2024-09-01T00:00:00.000Z",
    ),
    env.DB.prepare(
      "insert into articles (id, url, title, publisher, published_at, created_at) values (?, ?, ?, ?, ?, ?)",
    ).bind("art_json_3", "https://news.example/third", null, "Only “a” publisher", null, "2024-09-02T00:00:00.000Z"),
    env.DB.prepare(
      "insert into claim_appearances (claim_id, article_id, quote_context, created_at) values (?, ?, ?, ?)",
    ).bind(several.id, "art_json_2", TRICKY, "2099-01-01T00:00:00.000Z"),
    env.DB.prepare(
      "insert into claim_appearances (claim_id, article_id, quote_context, created_at) values (?, ?, ?, ?)",
    ).bind(several.id, "art_json_3", null, "2099-01-02T00:00:00.000Z"),
  ]);
});

/** A list's body as text, after checking it is a JSON 200. */
async function listText(query: string, init: { headers?: Record<string, string> } = {}) {
  const res = await call(`/v1/claims${query}`, init);
  expect(res.status, query).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json\b/);
  return { res, text: await res.text() };
}

/** Each listed claim equals its own read, field for field and in the same key order. */
async function expectSameAsReads(page: ListBody<ClaimBody>) {
  for (const listed of page.data) {
    const { res, body } = await callJson<ClaimBody>(`/v1/claims/${listed.id}`);
    expect(res.status).toBe(200);
    expect(listed).toStrictEqual(body);
    expect(Object.keys(listed)).toEqual(Object.keys(body));
  }
}

describe("GET /v1/claims: claims written with SQLite's JSON as it is", () => {
  it("answers valid JSON in which every claim is its GET /v1/claims/{id} body", async () => {
    const { text } = await listText("");
    const page = JSON.parse(text) as ListBody<ClaimBody>;
    expect(page.data.map((claim) => claim.id)).toEqual([several.id, bare.id, escaped.id]);
    expect(page.next_cursor).toBeNull();
    await expectSameAsReads(page);
  });

  it("keeps quotes, backslashes, non-ASCII and control characters, and nulls", async () => {
    const { text } = await listText("");
    const [first, second, third] = (JSON.parse(text) as ListBody<ClaimBody>).data;
    expect(third?.topics).toEqual(["ünïcödé", "日本語", "naïve_topic-2"]);
    expect(third?.speaker.name).toBe("Speaker “Zoë” \\ O'Brien");
    expect(third?.appearances).toEqual([
      {
        article: {
          id: expect.any(String),
          url: "https://news.example/zebrafish?title=%22quoted%22",
          title: `Title ${TRICKY}`,
          publisher: "Zeitung “Für” Alle \\ Ltd",
          published_at: "2024-08-20T14:03:00.000Z",
        },
        quote_context: `He said:\n"${TRICKY}"\tand left 😀`,
      },
    ]);
    expect(second?.topics).toEqual([]);
    expect(second?.appearances).toEqual([]);
    expect(first?.appearances.map((a) => a.article.id)).toEqual([expect.any(String), "art_json_2", "art_json_3"]);
    expect(first?.appearances[0]?.article).toMatchObject({ title: null, publisher: null, published_at: null });
    expect(first?.appearances[1]).toEqual({
      article: {
        id: "art_json_2",
        url: "https://news.example/control\u0001chars",
        title: "Bell\u0007, tab\t, newline\n, separator\u2028 and NUL-free \\u0000 text",
        publisher: null,
        published_at: "2024-09-01T00:00:00Z",
      },
      quote_context: TRICKY,
    });
    expect(first?.appearances[2]).toEqual({
      article: {
        id: "art_json_3",
        url: "https://news.example/third",
        title: null,
        publisher: "Only “a” publisher",
        published_at: null,
      },
      quote_context: null,
    });
  });

  it("writes filtered pages and cursors the same way", async () => {
    const { text } = await listText(`?topic=${encodeURIComponent("ünïcödé")}&limit=1`);
    const page = JSON.parse(text) as ListBody<ClaimBody>;
    expect(page.data.map((claim) => claim.id)).toEqual([several.id]);
    expect(page.next_cursor).toEqual(expect.any(String));
    await expectSameAsReads(page);
    const next = JSON.parse((await listText(`?topic=ünïcödé&limit=1&cursor=${page.next_cursor}`)).text);
    expect(next).toEqual({ data: [escaped], next_cursor: null });
  });

  it("writes an empty page as the same envelope", async () => {
    expect((await listText("?topic=nothing-tagged")).text).toBe('{"data":[],"next_cursor":null}');
  });

  it("lists q= search results the same way, best match first", async () => {
    const { text } = await listText("?q=zebrafish");
    const page = JSON.parse(text) as ListBody<ClaimBody>;
    expect(page.data.map((claim) => claim.id).sort()).toEqual([escaped.id, bare.id, several.id].sort());
    await expectSameAsReads(page);
    const quoted = JSON.parse((await listText("?q=quoted%20path")).text) as ListBody<ClaimBody>;
    expect(quoted.data.map((claim) => claim.id)).toEqual([escaped.id]);
    await expectSameAsReads(quoted);
  });

  it("still answers an ETag, and 304 to If-None-Match with it, for lists and searches", async () => {
    for (const query of ["", "?q=zebrafish"]) {
      const { res } = await listText(query);
      const etag = res.headers.get("ETag") ?? "";
      expect(etag).toMatch(/^W\/"p-[0-9a-f]{32}"$/);
      const again = await call(`/v1/claims${query}`, { headers: { "If-None-Match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("answers a search with no words as a 400 problem, not a JSON page", async () => {
    await expectProblem(await call("/v1/claims?q=%E2%80%9C%E2%80%9D"), 400, "validation_failed");
  });
});
