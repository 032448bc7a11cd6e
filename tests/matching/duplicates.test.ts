import type { z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CreatedClaim } from "../../src/schemas/claims";
import { type ClaimBody, call, callJson, createKey, type ExtractBody, expectProblem } from "../helpers";
import { idOf, loadTracked } from "./load";

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

type CreatedBody = z.infer<typeof CreatedClaim>;

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor", "Duplicates desk")).key;
  await loadTracked();
});

async function create(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const created = await callJson<CreatedBody>("/v1/claims", { token: editor, body, headers });
  expect(created.res.status, JSON.stringify(created.body)).toBe(201);
  return created;
}

describe("POST /v1/claims answers possible_duplicates", () => {
  it("names the tracked claim a new one paraphrases, with its score, reasons and links", async () => {
    const { body } = await create({
      text: "Over 90% of the deal is agreed.",
      kind: "statistic",
      speaker: { name: "Antony Blinken" },
    });
    const tracked = await callJson<ClaimBody>(`/v1/claims/${idOf("gaza-90")}`);
    expect(body.possible_duplicates[0]).toEqual({
      id: idOf("gaza-90"),
      text: "More than 90 percent of the issues have been agreed, decided.",
      score: expect.any(Number),
      reasons: { shared_terms: ["agre"], speaker: "same", quantity: "same" },
      links: { self: tracked.body.links.self, page: tracked.body.links.page },
    });
    expect(body.possible_duplicates[0]?.score).toBeGreaterThanOrEqual(0.6);
    expect(body.possible_duplicates[0]?.score).toBeLessThanOrEqual(1);
    expect(body.possible_duplicates.map((d) => d.id)).not.toContain(body.id);
    for (const duplicate of body.possible_duplicates) expect(duplicate.score).toBeGreaterThanOrEqual(0.6);
  });

  it("names it for another speaker and another language too, and not a claim with another figure", async () => {
    const paraphrase = await create({
      text: "Some 800,000 jobs have been added since the election.",
      kind: "statistic",
      speaker: { name: "Oliver Grant" },
    });
    expect(paraphrase.body.possible_duplicates.map((d) => [d.id, d.reasons.speaker, d.reasons.quantity])).toEqual([
      [idOf("jobs-800k"), "different", "same"],
    ]);
    const spanish = await create({
      text: "Por primera vez desde 2008, el paro baja del 11%.",
      kind: "statistic",
      speaker: { name: "Lucía Serrano" },
      language: "es",
    });
    expect(spanish.body.possible_duplicates.map((d) => d.id)).toEqual([idOf("es-paro")]);
    const otherFigure = await create({
      text: "We have created 900,000 new jobs since the election.",
      kind: "statistic",
      speaker: { name: "Priya Natarajan" },
    });
    expect(otherFigure.body.possible_duplicates).toEqual([]);
  });

  it("answers an empty list for an unrelated claim, and for text with no words", async () => {
    const unrelated = await create({
      text: "The new ferry terminal will open to passengers in the spring.",
      kind: "prediction",
      speaker: { name: "Harbour Master" },
    });
    expect(unrelated.body.possible_duplicates).toEqual([]);
    const figureOnly = await create({ text: "90%", kind: "statistic", speaker: { name: "Antony Blinken" } });
    expect(figureOnly.body.possible_duplicates).toEqual([]);
  });

  it("names at most the best 3, best first", async () => {
    const line = "Crime has fallen by 10 percent since 2010.";
    // The fixture has this line from two speakers; two more repeat it, then a fifth.
    const counts: number[] = [];
    let last: CreatedBody | undefined;
    for (const name of ["Tessa Lowe", "Imran Shah", "Colin Parry"]) {
      last = (await create({ text: line, kind: "statistic", speaker: { name } })).body;
      counts.push(last.possible_duplicates.length);
    }
    expect(counts).toEqual([2, 3, 3]);
    const scores = last?.possible_duplicates.map((d) => d.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const mine = (await create({ text: line, kind: "statistic", speaker: { name: "Sarah Whitfield" } })).body;
    expect(mine.possible_duplicates).toHaveLength(3);
    expect(mine.possible_duplicates[0]).toMatchObject({
      id: idOf("crime-10-whitfield"),
      reasons: { speaker: "same", quantity: "same" },
    });
    expect(mine.possible_duplicates.slice(1).map((d) => d.reasons.speaker)).toEqual(["different", "different"]);
  });

  it("refuses a lone surrogate in the text with 400 naming text, before matching anything", async () => {
    const res = await call("/v1/claims", {
      token: editor,
      rawBody:
        '{"text":"Over 90% of the deal \\ud800 is agreed","kind":"statistic","speaker":{"name":"Antony Blinken"}}',
      headers: { "Content-Type": "application/json" },
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
  });

  it("replays the same body, duplicates included, for a repeated Idempotency-Key", async () => {
    const body = {
      text: "Knife crime rose 7% over the past year.",
      kind: "statistic",
      speaker: { name: "Liam Carter" },
    };
    const first = await create(body, { "Idempotency-Key": "dup-replay-1" });
    expect(first.body.possible_duplicates.map((d) => d.id)).toEqual([idOf("knife-crime")]);
    // Another tracked paraphrase lands in between: the replay still answers what the first call did.
    await create({
      text: "Knife crime has risen by 7 percent in the last year.",
      kind: "statistic",
      speaker: body.speaker,
    });
    const replay = await callJson<CreatedBody>("/v1/claims", {
      token: editor,
      body,
      headers: { "Idempotency-Key": "dup-replay-1" },
    });
    expect(replay.res.status).toBe(201);
    expect(replay.res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.body).toEqual(first.body);
    const fresh = await create(body);
    expect(fresh.body.possible_duplicates.map((d) => d.id)).toHaveLength(3);
    expect(fresh.body.possible_duplicates.map((d) => d.id)).toContain(first.body.id);
  });
});

describe("POST /v1/extract marks quotes already tracked", () => {
  const ARTICLE = `LONDON (Example News) — Health Secretary Daniel Okafor said on Thursday: "The waiting list is down by 200,000 since July." He added: "More than 6 million people are waiting for hospital treatment."

Speaking at the same event, Okafor said: "We will open forty new community diagnostic centres across the north of England."`;

  it("sets existing_claim_id for a slightly paraphrased tracked quote and null otherwise", async () => {
    const { res, body } = await callJson<ExtractBody>("/v1/extract", { token: editor, body: { text: ARTICLE } });
    expect(res.status, JSON.stringify(body)).toBe(200);
    const byText = (fragment: string) => {
      const found = body.candidates.find((c) => c.text.includes(fragment));
      if (!found) throw new Error(`no candidate with "${fragment}" in ${JSON.stringify(body.candidates)}`);
      return found;
    };
    expect(byText("waiting list is down")).toMatchObject({
      speaker: { name: "Daniel Okafor" },
      existing_claim_id: idOf("nhs-200k"),
    });
    // The same measure with another figure (7.6 million is tracked) is not that claim.
    expect(byText("More than 6 million")).toMatchObject({ existing_claim_id: null });
    expect(byText("diagnostic centres")).toMatchObject({ existing_claim_id: null });
  });
});
