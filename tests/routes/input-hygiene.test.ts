import { beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  type ArticleBody,
  blinkenClaim,
  type ClaimBody,
  type CreatedKeyBody,
  call,
  callJson,
  createClaim,
  createKey,
  type ExtractBody,
  expectProblem,
} from "../helpers";

let editor: string;
let claim: ClaimBody;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
  claim = await createClaim(editor);
});

/** Every route that takes a JSON body, with a valid body for it. */
const writes = () => [
  { method: "POST", path: "/v1/claims", body: blinkenClaim() },
  { method: "PATCH", path: `/v1/claims/${claim.id}`, body: { summary: "s" } },
  { method: "POST", path: `/v1/claims/${claim.id}/updates`, body: { status: "under_review" } },
  { method: "POST", path: "/v1/articles", body: { url: "https://hygiene.example/a" } },
  { method: "POST", path: "/v1/keys", body: { role: "editor", name: "n" } },
  { method: "POST", path: "/v1/extract", body: { text: '"Quote," she said.' } },
];

describe("body encoding", () => {
  it("answers 400 invalid_encoding to bytes that are not UTF-8", async () => {
    for (const route of writes()) {
      const json = new TextEncoder().encode(JSON.stringify(route.body));
      const broken = new Uint8Array([...json.subarray(0, -2), 0xc3, 0x28, ...json.subarray(-2)]);
      const res = await call(route.path, {
        method: route.method,
        token: ADMIN_TOKEN,
        rawBody: broken,
        headers: { "Content-Type": "application/json" },
      });
      const problem = await expectProblem(res, 400, "invalid_encoding");
      expect(problem.detail, route.path).toMatch(/UTF-8/);
    }
  });

  it("answers 415 to a declared charset other than UTF-8, and takes utf-8 however it is spelled", async () => {
    for (const route of writes()) {
      const latin = await call(route.path, {
        method: route.method,
        token: ADMIN_TOKEN,
        rawBody: JSON.stringify(route.body),
        headers: { "Content-Type": "application/json; charset=iso-8859-1" },
      });
      const problem = await expectProblem(latin, 415, "unsupported_media_type");
      expect(problem.detail).toContain("iso-8859-1");
    }
    const spelled = await call("/v1/articles", {
      token: editor,
      rawBody: JSON.stringify({ url: "https://hygiene.example/charset" }),
      headers: { "Content-Type": 'application/json; charset="UTF-8"' },
    });
    expect(spelled.status).toBe(201);
  });
});

describe("strings with nothing visible", () => {
  const invisible = ["\u200b", "\ufeff", " \u2060 \u200d ", "\u00ad", "\u3164", "\u180e\u200b"];

  it("refuses a required string that is only whitespace and invisible characters", async () => {
    for (const value of invisible) {
      const text = await call("/v1/claims", { token: editor, body: blinkenClaim({ text: value }) });
      const problem = await expectProblem(text, 400, "validation_failed");
      expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
      const name = await call("/v1/claims", { token: editor, body: blinkenClaim({ speaker: { name: value } }) });
      expect((await expectProblem(name, 400, "validation_failed")).errors?.[0]?.path).toBe("speaker.name");
      const note = await call(`/v1/claims/${claim.id}/updates`, {
        token: editor,
        body: { status: "true", note: value },
      });
      expect((await expectProblem(note, 400, "validation_failed")).errors?.[0]?.path).toBe("note");
    }
  });

  it("keeps invisible characters inside text that has visible ones", async () => {
    const { res, body } = await callJson<ClaimBody>("/v1/claims", {
      token: editor,
      body: blinkenClaim({ text: "Zero\u200bwidth joiner inside", article: undefined }),
    });
    expect(res.status).toBe(201);
    expect(body.text).toBe("Zero\u200bwidth joiner inside");
  });
});

describe("URL fields", () => {
  const bad: [string, RegExp][] = [
    ["http:///path", /host/],
    ["https://user:pass@news.example/story", /user name or password/],
    ["https://@news.example/story", /user name or password/],
    ["ftp://news.example/story", /http/],
    ["javascript:alert(1)", /http/],
    ["http:/news.example/story", /http/],
    ["http:\\\\news.example\\story", /host|http/],
    ["news.example/story", /http/],
    ["https://exa mple.com/", /valid URL/],
  ];

  it.each(bad)("refuses %s in every URL field", async (url, message) => {
    const article = await call("/v1/articles", { token: editor, body: { url } });
    const problem = await expectProblem(article, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "url", message: expect.stringMatching(message) }]);
    const inline = await call("/v1/claims", { token: editor, body: blinkenClaim({ article: { url } }) });
    expect((await expectProblem(inline, 400, "validation_failed")).errors?.[0]?.path).toBe("article.url");
    const evidence = await call(`/v1/claims/${claim.id}/updates`, {
      token: editor,
      body: { status: "true", evidence: [{ url }] },
    });
    expect((await expectProblem(evidence, 400, "validation_failed")).errors?.[0]?.path).toBe("evidence[0].url");
    const query = await call(`/v1/articles?url=${encodeURIComponent(url)}`);
    expect((await expectProblem(query, 400, "validation_failed")).errors?.[0]?.path).toBe("url");
  });

  it("takes http and https URLs with a host, ports and IDN hosts included", async () => {
    for (const url of ["http://news.example:8080/a", "https://xn--nws-fla.example/b", "https://nëws.example/c"]) {
      const { res, body } = await callJson<ArticleBody>("/v1/articles", { token: editor, body: { url } });
      expect(res.status, url).toBe(201);
      expect(body.url).toMatch(/^https?:\/\/[^/]+\//);
    }
  });
});

describe("methods", () => {
  it.each([
    ["PUT", "/v1/claims", "GET, HEAD, POST, OPTIONS"],
    ["DELETE", "/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", "GET, HEAD, PATCH, OPTIONS"],
    ["PUT", "/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/updates", "GET, HEAD, POST, OPTIONS"],
    ["POST", "/v1/statuses", "GET, HEAD, OPTIONS"],
    ["PATCH", "/v1/keys/key_x", "DELETE, OPTIONS"],
    ["POST", "/healthz", "GET, HEAD, OPTIONS"],
  ])("answers %s %s with 405 and Allow", async (method, path, allow) => {
    const res = await call(path, { method, token: ADMIN_TOKEN });
    expect(res.headers.get("Allow")).toBe(allow);
    const problem = await expectProblem(res, 405, "method_not_allowed");
    expect(problem.detail).toContain(method);
  });

  it("keeps 404 for paths that do not exist at all", async () => {
    await expectProblem(await call("/v1/nothing-here", { method: "PUT" }), 404, "not_found");
  });
});

describe("Retry-After and caching", () => {
  it("sends Retry-After with a 409", async () => {
    const url = "https://hygiene.example/conflict";
    expect((await call("/v1/articles", { token: editor, body: { url } })).status).toBe(201);
    const again = await call("/v1/articles", { token: editor, body: { url } });
    expect(again.headers.get("Retry-After")).toBe("1");
    await expectProblem(again, 409, "article_exists");
  });

  it("never lets a cache keep a response that carries a key secret, or the key list", async () => {
    const headers = { "Idempotency-Key": "no-store-key" };
    const first = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      headers,
      body: { role: "editor", name: "cache test" },
    });
    expect(first.res.status).toBe(201);
    expect(first.body.key).toMatch(/^ctk_/);
    expect(first.res.headers.get("Cache-Control")).toBe("no-store");
    const replay = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      headers,
      body: { role: "editor", name: "cache test" },
    });
    expect(replay.body).toEqual({ ...first.body, key: null });
    expect(replay.res.headers.get("Cache-Control")).toBe("no-store");
    expect((await call("/v1/keys", { token: ADMIN_TOKEN })).headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("Idempotency-Key compares what a body says, not how it is spelled", () => {
  it("replays the same JSON sent again with other whitespace and key order", async () => {
    const headers = { "Idempotency-Key": "respelled", "Content-Type": "application/json" };
    const body = {
      status: "under_review",
      note: "Same request",
      evidence: [{ url: "https://e.example/1", title: "T" }],
    };
    const path = `/v1/claims/${claim.id}/updates`;
    const first = await call(path, { token: editor, headers, rawBody: JSON.stringify(body) });
    expect(first.status).toBe(201);
    const respelled = `{ "evidence" : [ { "title":"T", "url":"https://e.example/1" } ],\n  "note": "Same request",\t"status":"under_review" }`;
    const second = await call(path, { token: editor, headers, rawBody: respelled });
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    const changed = await call(path, { token: editor, headers, body: { ...body, note: "Another request" } });
    await expectProblem(changed, 422, "idempotency_key_reused");
    for (const extra of ['"__proto__": {"status": "false"}', '"__proto__": null', '"constructor": {}']) {
      const polluted = await call(path, {
        token: editor,
        headers,
        rawBody: `{${extra}, ${JSON.stringify(body).slice(1)}`,
      });
      await expectProblem(polluted, 422, "idempotency_key_reused");
    }
  });
});

describe("POST /v1/extract caps its answer", () => {
  it("answers the best 200 candidates with truncated: true when it finds more", async () => {
    const text = Array.from(
      { length: 260 },
      (_, i) => `"Exports rose by ${i + 1} percent in district ${i + 1} last year," Jane Roe said.`,
    ).join("\n\n");
    const { res, body } = await callJson<ExtractBody>("/v1/extract", { token: editor, body: { text } });
    expect(res.status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.candidates).toHaveLength(200);
    const scores = body.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("answers truncated: false when everything fits", async () => {
    const { body } = await callJson<ExtractBody>("/v1/extract", {
      token: editor,
      body: { text: '"Exports rose by 4 percent," Jane Roe said.' },
    });
    expect(body).toMatchObject({ truncated: false, candidates: [{ text: "Exports rose by 4 percent" }] });
  });
});
