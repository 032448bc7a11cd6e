import { beforeAll, describe, expect, it } from "vitest";
import { call, callJson, createClaim, createKey, type Json } from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

const ARTICLE = `WASHINGTON (Example News) — The United States and Britain issued a joint statement on Tuesday.

Speaking to reporters, US Secretary of State Antony Blinken said: "More than 90 percent of the issues have been agreed, decided." He added that "the remaining issues are difficult."

"Good morning, everyone," the moderator said before the briefing began.`;

function extract(body: unknown, token = editor) {
  return callJson("/v1/extract", { token, body });
}

describe("POST /v1/extract", () => {
  it("finds the worked example first, attributed, with its quantity", async () => {
    const { res, body } = await extract({ text: ARTICLE });
    expect(res.status).toBe(200);
    const [top] = body.candidates;
    expect(top).toMatchObject({
      text: expect.stringContaining("More than 90 percent of the issues have been agreed, decided"),
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      kind: "statistic",
      existing_claim_id: null,
    });
    expect(ARTICLE).toContain(top.text);
    expect(ARTICLE).toContain(top.context);
    const scores = body.candidates.map((c: Json) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const greeting = body.candidates.find((c: Json) => c.text.includes("Good morning"));
    expect(greeting?.score ?? 0).toBeLessThan(top.score);
  });

  it("answers an empty list for empty or quote-free text", async () => {
    expect((await extract({ text: "" })).body).toEqual({ candidates: [], article: null });
    expect((await extract({ text: "No one said anything quotable today." })).body.candidates).toEqual([]);
  });

  it("marks a quote that is already tracked with its claim's id", async () => {
    const claim = await createClaim(editor);
    const { body } = await extract({ text: ARTICLE });
    expect(body.candidates[0].existing_claim_id).toBe(claim.id);
    expect(body.candidates.filter((c: Json) => c.existing_claim_id === claim.id)).toHaveLength(1);
  });

  it("echoes the article fields as an inline article for POST /v1/claims", async () => {
    const article = { url: "https://news.example/a", title: "Joint statement", publisher: "Example News" };
    const { body } = await extract({ text: ARTICLE, ...article });
    expect(body.article).toEqual(article);
    const candidate = body.candidates[0];
    const created = await callJson("/v1/claims", {
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
  });

  it("answers 413 for text over 100 KB and accepts 100 KB", async () => {
    const paragraph = 'The minister said: "Exports rose by 4 percent last year." ';
    const fits = paragraph.repeat(Math.floor((100 * 1024) / paragraph.length));
    expect((await extract({ text: fits })).res.status).toBe(200);
    const over = await extract({ text: `${fits}${"x".repeat(2048)}` });
    expect(over.res.status).toBe(413);
    expect(over.body.code).toBe("payload_too_large");
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
  });

  it("needs an editor key and a text string", async () => {
    expect((await call("/v1/extract", { body: { text: ARTICLE } })).status).toBe(401);
    const missing = await extract({});
    expect(missing.res.status).toBe(400);
    expect(missing.body.errors[0].path).toBe("text");
    expect((await extract({ text: 42 })).res.status).toBe(400);
  });
});
