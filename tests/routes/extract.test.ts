import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimBody, call, callJson, createClaim, createKey, type ExtractBody, expectProblem } from "../helpers";

type Candidate = ExtractBody["candidates"][number];

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

const ARTICLE = `WASHINGTON (Example News) — The United States and Britain issued a joint statement on Tuesday.

Speaking to reporters, US Secretary of State Antony Blinken said: "More than 90 percent of the issues have been agreed, decided." He added that "the remaining issues are difficult."

"Good morning, everyone," the moderator said before the briefing began.`;

function extract(body: unknown, token = editor) {
  return callJson<ExtractBody>("/v1/extract", { token, body });
}

/** Sends the extract request and leaves the answer unread (for expectProblem). */
function extractRaw(body: unknown, token = editor) {
  return call("/v1/extract", { token, body });
}

/** The best candidate: there must be one. */
function topOf(body: ExtractBody): Candidate {
  const [top] = body.candidates;
  if (!top) throw new Error(`no candidates in ${JSON.stringify(body)}`);
  return top;
}

describe("POST /v1/extract", () => {
  it("finds the worked example first, attributed, with its quantity", async () => {
    const { res, body } = await extract({ text: ARTICLE });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ truncated: false, article: null });
    const top = topOf(body);
    expect(top).toMatchObject({
      text: expect.stringContaining("More than 90 percent of the issues have been agreed, decided"),
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      kind: "statistic",
      existing_claim_id: null,
    });
    expect(ARTICLE).toContain(top.text);
    expect(ARTICLE).toContain(top.context);
    const scores = body.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const greeting = body.candidates.find((c) => c.text.includes("Good morning"));
    expect(greeting, "the greeting is a candidate").toBeDefined();
    expect(greeting?.score).toBeLessThan(top.score);
  });

  it("answers an empty list for empty or quote-free text", async () => {
    const empty = await extract({ text: "" });
    expect(empty.res.status).toBe(200);
    expect(empty.body).toEqual({ candidates: [], truncated: false, article: null });
    const quoteFree = await extract({ text: "No one said anything quotable today." });
    expect(quoteFree.res.status).toBe(200);
    expect(quoteFree.body).toEqual({ candidates: [], truncated: false, article: null });
  });

  it("marks a quote that is already tracked with its claim's id", async () => {
    const claim = await createClaim(editor);
    const { res, body } = await extract({ text: ARTICLE });
    expect(res.status).toBe(200);
    expect(topOf(body).existing_claim_id).toBe(claim.id);
    expect(body.candidates.filter((c) => c.existing_claim_id === claim.id)).toHaveLength(1);
  });

  it("echoes the article fields as an inline article for POST /v1/claims", async () => {
    const article = { url: "https://news.example/a", title: "Joint statement", publisher: "Example News" };
    const { res, body } = await extract({ text: ARTICLE, ...article });
    expect(res.status).toBe(200);
    expect(body.article).toEqual(article);
    const candidate = topOf(body);
    const created = await callJson<ClaimBody>("/v1/claims", {
      token: editor,
      body: {
        text: candidate.text,
        kind: candidate.kind,
        speaker: candidate.speaker,
        quantity: candidate.quantity,
        quote_context: candidate.context,
        article: body.article,
      },
    });
    expect(created.res.status).toBe(201);
    expect(created.body).toMatchObject({
      text: candidate.text,
      kind: "statistic",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      appearances: [
        {
          article: { url: "https://news.example/a", title: "Joint statement", publisher: "Example News" },
          quote_context: candidate.context,
        },
      ],
    });
  });

  it("answers 413 for text over 100 KB and accepts 100 KB", async () => {
    const paragraph = 'The minister said: "Exports rose by 4 percent last year." ';
    const fits = paragraph.repeat(Math.floor((100 * 1024) / paragraph.length));
    const ok = await extract({ text: fits });
    expect(ok.res.status).toBe(200);
    expect(topOf(ok.body)).toMatchObject({
      text: "Exports rose by 4 percent last year.",
      quantity: { value: 4, unit: "percent" },
    });
    await expectProblem(await extractRaw({ text: `${fits}${"x".repeat(2048)}` }), 413, "payload_too_large");
  });

  it("takes 100 KB of non-Latin text even when the client escapes it as \\uXXXX", async () => {
    const paragraph = "Министр сказал: «Экспорт вырос на 4 процента». ";
    const text = paragraph.repeat(Math.floor((95 * 1024) / new TextEncoder().encode(paragraph).byteLength));
    const escaped = JSON.stringify({ text }).replace(
      /[\u0080-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    expect(escaped.length).toBeGreaterThan(256 * 1024);
    const res = await call("/v1/extract", {
      token: editor,
      rawBody: escaped,
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(200);
    const body = await res.json<ExtractBody>();
    expect(body).toMatchObject({ candidates: expect.any(Array), article: null });
    expect(body.candidates.length).toBeGreaterThan(0);
    expect(topOf(body).text).toBe("Экспорт вырос на 4 процента");
  });

  it("needs an editor key and a text string", async () => {
    await expectProblem(await call("/v1/extract", { body: { text: ARTICLE } }), 401, "unauthenticated");
    const missing = await expectProblem(await extractRaw({}), 400, "validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["text"]);
    const wrongType = await expectProblem(await extractRaw({ text: 42 }), 400, "validation_failed");
    expect(wrongType.errors?.map((e) => e.path)).toEqual(["text"]);
  });
});
