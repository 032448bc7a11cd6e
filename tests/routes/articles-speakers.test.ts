import { beforeAll, describe, expect, it } from "vitest";
import { call, callJson, createClaim, createKey, type Json, ORIGIN } from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

describe("POST /v1/articles", () => {
  it("records an article under its canonical URL", async () => {
    const { res, body } = await callJson("/v1/articles", {
      token: editor,
      body: {
        url: "https://News.Example/politics/budget/?utm_campaign=x",
        title: "Budget vote delayed",
        publisher: "Example News",
        published_at: "2024-08-20T16:03:00+02:00",
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/articles/${body.id}`);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^art_/),
      url: "https://news.example/politics/budget",
      published_at: "2024-08-20T14:03:00.000Z",
      claims: [],
    });
  });

  it("answers 409 naming the existing article for the same canonical URL", async () => {
    const first = await callJson("/v1/articles", { token: editor, body: { url: "https://news.example/dup" } });
    const second = await callJson("/v1/articles", { token: editor, body: { url: "https://news.example/dup/#x" } });
    expect(second.res.status).toBe(409);
    expect(second.body).toMatchObject({ code: "article_exists", article_id: first.body.id });
  });

  it.each([
    [{}, "url"],
    [{ url: "ftp://news.example/a" }, "url"],
    [{ url: "https://news.example/a", published_at: "yesterday" }, "published_at"],
    [{ url: "https://news.example/a", title: 3 }, "title"],
  ])("answers 400 for %j", async (body, path) => {
    const { res, body: problem } = await callJson("/v1/articles", { token: editor, body });
    expect(res.status).toBe(400);
    expect(problem.errors.map((e: Json) => e.path)).toContain(path);
  });
});

describe("GET /v1/articles", () => {
  it("finds an article by any form of its URL, with the claims that appear in it", async () => {
    const claim = await createClaim(editor);
    const url = encodeURIComponent("https://NEWS.example/world/us-uk-joint-statement#top");
    const { body } = await callJson(`/v1/articles?url=${url}`);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].id).toBe(claim.appearances[0].article.id);
    expect(body.data[0].claims.map((c: Json) => c.id)).toContain(claim.id);
    expect(body.data[0].claims[0]).toMatchObject({
      status: { code: "unverified" },
      links: { self: expect.any(String) },
    });
  });

  it("answers an empty list for an unknown URL and pages all articles", async () => {
    expect((await callJson(`/v1/articles?url=${encodeURIComponent("https://nowhere.example/")}`)).body.data).toEqual(
      [],
    );
    const first = await callJson("/v1/articles?limit=1");
    expect(first.body.data).toHaveLength(1);
    const second = await callJson(`/v1/articles?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
  });

  it("gets one article and 404s an unknown one", async () => {
    const claim = await createClaim(editor);
    const id = claim.appearances[0].article.id;
    expect((await callJson(`/v1/articles/${id}`)).body.id).toBe(id);
    const missing = await callJson("/v1/articles/art_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1");
    expect(missing.res.status).toBe(404);
    expect(missing.body.code).toBe("article_not_found");
  });
});

describe("GET /v1/speakers", () => {
  it("gets a speaker with their claims and a link to all of them", async () => {
    const claim = await createClaim(editor, { speaker: { name: "Jane Spokes", title: "Minister" } });
    const { res, body } = await callJson(`/v1/speakers/${claim.speaker.id}`);
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      id: claim.speaker.id,
      name: "Jane Spokes",
      title: "Minister",
      claim_count: 1,
      claims: [{ id: claim.id, text: claim.text, kind: "statistic", status: { code: "unverified" } }],
      links: {
        self: `${ORIGIN}/v1/speakers/${claim.speaker.id}`,
        claims: `${ORIGIN}/v1/claims?speaker_id=${claim.speaker.id}`,
      },
    });
  });

  it("lists speakers, searches names and pages", async () => {
    await createClaim(editor, { speaker: { name: "Percy 100% O'Hara" } });
    const found = await callJson(`/v1/speakers?q=${encodeURIComponent("100%")}`);
    expect(found.body.data.map((s: Json) => s.name)).toEqual(["Percy 100% O'Hara"]);
    expect((await callJson("/v1/speakers?q=zzz")).body.data).toEqual([]);
    const first = await callJson("/v1/speakers?limit=1");
    const second = await callJson(`/v1/speakers?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
  });

  it("404s an unknown speaker", async () => {
    expect((await call("/v1/speakers/spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1")).status).toBe(404);
  });
});
