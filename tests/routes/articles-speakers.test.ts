import { beforeAll, describe, expect, it } from "vitest";
import {
  type ArticleBody,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  ORIGIN,
  type SpeakerBody,
} from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

/** The id of the article a claim appears in (it must appear in exactly one). */
function articleIdOf(claim: ClaimBody): string {
  expect(claim.appearances).toHaveLength(1);
  const [appearance] = claim.appearances;
  if (!appearance) throw new Error(`claim ${claim.id} has no appearance`);
  return appearance.article.id;
}

function postArticle(body: unknown) {
  return callJson<ArticleBody>("/v1/articles", { token: editor, body });
}

describe("POST /v1/articles", () => {
  it("records an article under its canonical URL", async () => {
    const { res, body } = await postArticle({
      url: "https://News.Example/politics/budget/?utm_campaign=x",
      title: "Budget vote delayed",
      publisher: "Example News",
      published_at: "2024-08-20T16:03:00+02:00",
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("Location")).toBe(`${ORIGIN}/v1/articles/${body.id}`);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^art_/),
      url: "https://news.example/politics/budget",
      title: "Budget vote delayed",
      publisher: "Example News",
      published_at: "2024-08-20T14:03:00.000Z",
      claims: [],
      links: { self: `${ORIGIN}/v1/articles/${body.id}` },
    });
    expect((await callJson<ArticleBody>(`/v1/articles/${body.id}`)).body).toEqual(body);
  });

  it("answers 409 naming the existing article for the same canonical URL", async () => {
    const first = await postArticle({ url: "https://news.example/dup" });
    expect(first.res.status).toBe(201);
    const second = await call("/v1/articles", { token: editor, body: { url: "https://news.example/dup/#x" } });
    expect(second.headers.get("Retry-After")).toBeTruthy();
    const problem = await expectProblem(second, 409, "article_exists");
    expect(problem.article_id).toBe(first.body.id);
  });

  it.each([
    [{}, "url"],
    [{ url: "ftp://news.example/a" }, "url"],
    [{ url: "https://news.example/a", published_at: "yesterday" }, "published_at"],
    [{ url: "https://news.example/a", title: 3 }, "title"],
  ])("answers 400 for %j, naming %s", async (body, path) => {
    const res = await call("/v1/articles", { token: editor, body });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });
});

describe("GET /v1/articles", () => {
  it("finds an article by any form of its URL, with the claims that appear in it", async () => {
    const claim = await createClaim(editor);
    const url = encodeURIComponent("https://NEWS.example/world/us-uk-joint-statement#top");
    const { res, body } = await callJson<ListBody<ArticleBody>>(`/v1/articles?url=${url}`);
    expect(res.status).toBe(200);
    expect(body.data).toHaveLength(1);
    const [article] = body.data;
    expect(article?.id).toBe(articleIdOf(claim));
    expect(article?.url).toBe("https://news.example/world/us-uk-joint-statement");
    expect(article?.claims.map((c) => c.id)).toContain(claim.id);
    expect(article?.claims[0]).toMatchObject({
      status: { code: "unverified" },
      links: { self: expect.any(String) },
    });
  });

  it("answers an empty list for an unknown URL and pages all articles", async () => {
    const unknown = await callJson<ListBody<ArticleBody>>(
      `/v1/articles?url=${encodeURIComponent("https://nowhere.example/")}`,
    );
    expect(unknown.res.status).toBe(200);
    expect(unknown.body).toEqual({ data: [], next_cursor: null });
    const first = await callJson<ListBody<ArticleBody>>("/v1/articles?limit=1");
    expect(first.body.data).toHaveLength(1);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await callJson<ListBody<ArticleBody>>(`/v1/articles?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0]?.id).not.toBe(first.body.data[0]?.id);
  });

  it("gets one article and 404s an unknown one", async () => {
    const claim = await createClaim(editor);
    const id = articleIdOf(claim);
    const { res, body } = await callJson<ArticleBody>(`/v1/articles/${id}`);
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ id, url: "https://news.example/world/us-uk-joint-statement" });
    expect(body.claims.map((c) => c.id)).toContain(claim.id);
    await expectProblem(await call("/v1/articles/art_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"), 404, "article_not_found");
  });
});

describe("GET /v1/speakers", () => {
  it("gets a speaker with their claims and a link to all of them", async () => {
    const claim = await createClaim(editor, { speaker: { name: "Jane Spokes", title: "Minister" } });
    const { res, body } = await callJson<SpeakerBody>(`/v1/speakers/${claim.speaker.id}`);
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
    const found = await callJson<ListBody<SpeakerBody>>(`/v1/speakers?q=${encodeURIComponent("100%")}`);
    expect(found.res.status).toBe(200);
    expect(found.body.data.map((s) => s.name)).toEqual(["Percy 100% O'Hara"]);
    expect((await callJson<ListBody<SpeakerBody>>("/v1/speakers?q=zzz")).body).toEqual({ data: [], next_cursor: null });
    const first = await callJson<ListBody<SpeakerBody>>("/v1/speakers?limit=1");
    expect(first.body.data).toHaveLength(1);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await callJson<ListBody<SpeakerBody>>(`/v1/speakers?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0]?.id).not.toBe(first.body.data[0]?.id);
  });

  it("404s an unknown speaker", async () => {
    await expectProblem(await call("/v1/speakers/spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"), 404, "speaker_not_found");
  });
});
