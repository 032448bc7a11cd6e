import { env } from "cloudflare:workers";
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
} from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

function patch(id: string, body: unknown) {
  return callJson<ClaimBody>(`/v1/claims/${id}`, { method: "PATCH", token: editor, body });
}

async function search(q: string): Promise<string[]> {
  const { body } = await callJson<ListBody<ClaimBody>>(`/v1/claims?q=${encodeURIComponent(q)}`);
  return body.data.map((c) => c.id);
}

describe("PATCH /v1/claims/{id} of text, claimed_at and language", () => {
  it("changes each one, keeps it on the next read, and null clears claimed_at", async () => {
    const claim = await createClaim(editor, { claimed_at: "2024-08-20" });
    const text = "More than 90 percent of the issues have been agreed.";
    const changed = await patch(claim.id, { text, claimed_at: "2024-08-19", language: "pt-BR" });
    expect(changed.res.status).toBe(200);
    expect(changed.body).toMatchObject({ text, claimed_at: "2024-08-19", language: "pt-BR", version: 2 });
    const read = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(read.body).toEqual(changed.body);
    const cleared = await patch(claim.id, { claimed_at: null });
    expect(cleared.body).toMatchObject({ claimed_at: null, text, language: "pt-BR", version: 3 });
  });

  it("refuses a bad date, a bad language tag and an empty text, naming the field", async () => {
    const claim = await createClaim(editor);
    for (const [body, path] of [
      [{ claimed_at: "20 August 2024" }, "claimed_at"],
      [{ language: "english!" }, "language"],
      [{ text: "   " }, "text"],
    ] as const) {
      const res = await call(`/v1/claims/${claim.id}`, { method: "PATCH", token: editor, body });
      const problem = await expectProblem(res, 400, "validation_failed");
      expect(problem.errors?.map((e) => e.path)).toEqual([path]);
    }
  });
});

describe("search after a PATCH", () => {
  it("finds the claim by its new text, summary and speaker, and no longer by the old ones", async () => {
    const claim = await createClaim(editor, {
      text: "Harbour freight doubled in a year.",
      summary: "Harbour freight growth",
      speaker: { name: "Olwen Marchbanks" },
      article: undefined,
    });
    expect(await search("harbour")).toContain(claim.id);
    expect(await search("marchbanks")).toContain(claim.id);

    await patch(claim.id, { text: "Zeppelin traffic tripled in a year." });
    expect(await search("zeppelin")).toContain(claim.id);
    expect(await search("freight doubled")).not.toContain(claim.id);

    await patch(claim.id, { summary: "Quokka census" });
    expect(await search("quokka")).toContain(claim.id);
    expect(await search("growth")).not.toContain(claim.id);

    await patch(claim.id, { speaker: { name: "Thaddeus Quillfeather" } });
    expect(await search("quillfeather")).toContain(claim.id);
    expect(await search("marchbanks")).not.toContain(claim.id);
  });
});

describe("Idempotency-Key on POST /v1/articles", () => {
  it("replays the first response instead of answering 409", async () => {
    const headers = { "Idempotency-Key": "article-once" };
    const body = { url: "https://edits.example/article-once", title: "Once" };
    const first = await callJson<ArticleBody>("/v1/articles", { token: editor, headers, body });
    expect(first.res.status).toBe(201);
    const again = await callJson<ArticleBody>("/v1/articles", { token: editor, headers, body });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.res.headers.get("Location")).toBe(first.res.headers.get("Location"));
    expect(again.body).toEqual(first.body);
  });

  it("treats a key as new once its record has expired", async () => {
    const headers = { "Idempotency-Key": "article-expiring" };
    const first = await callJson<ArticleBody>("/v1/articles", {
      token: editor,
      headers,
      body: { url: "https://edits.example/expiring-1" },
    });
    expect(first.res.status).toBe(201);
    await env.DB.prepare("update idempotency_records set expires_at = ? where key = ?")
      .bind("2000-01-01T00:00:00.000Z", "article-expiring")
      .run();
    const second = await callJson<ArticleBody>("/v1/articles", {
      token: editor,
      headers,
      body: { url: "https://edits.example/expiring-2" },
    });
    expect(second.res.status).toBe(201);
    expect(second.res.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
    const replay = await callJson<ArticleBody>("/v1/articles", {
      token: editor,
      headers,
      body: { url: "https://edits.example/expiring-2" },
    });
    expect(replay.body.id).toBe(second.body.id);
  });
});

describe("DELETE /v1/keys/{id}", () => {
  it("is refused to an editor, and the key keeps working", async () => {
    const target = await createKey("editor", "target");
    const res = await call(`/v1/keys/${target.id}`, { method: "DELETE", token: editor });
    const problem = await expectProblem(res, 403, "forbidden");
    expect(problem.detail).toMatch(/admin/);
    const stillWorks = await call("/v1/extract", { token: target.key, body: { text: "" } });
    expect(stillWorks.status).toBe(200);
  });
});
