import { beforeAll, describe, expect, it } from "vitest";
import {
  blinkenClaim,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  type ExtractBody,
  expectProblem,
  type ListBody,
} from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

const RANGE = { value: 2.5, unit: "percent", qualifier: "between", low: 2, high: 3 };

function post(quantity: unknown) {
  return callJson<ClaimBody>("/v1/claims", {
    token: editor,
    body: blinkenClaim({ text: "Inflation will settle between two and three per cent.", quantity }),
  });
}

/** Sends a claim with this quantity and leaves the answer unread (for expectProblem). */
function postRaw(quantity: unknown) {
  return call("/v1/claims", {
    token: editor,
    body: blinkenClaim({ text: "Inflation will settle between two and three per cent.", quantity }),
  });
}

function patch(id: string, quantity: unknown) {
  return callJson<ClaimBody>(`/v1/claims/${id}`, { method: "PATCH", token: editor, body: { quantity } });
}

/** The paths named by a validation problem's errors[]. */
async function errorPaths(res: Response): Promise<string[]> {
  const problem = await expectProblem(res, 400, "validation_failed");
  return (problem.errors ?? []).map((e) => e.path);
}

describe("a claim's quantity with the qualifier between", () => {
  it("is created and read back with its low and high ends", async () => {
    const { res, body } = await post(RANGE);
    expect(res.status).toBe(201);
    expect(body.quantity).toEqual(RANGE);
    const read = await callJson<ClaimBody>(`/v1/claims/${body.id}`);
    expect(read.body.quantity).toEqual(RANGE);
    const list = await callJson<ListBody<ClaimBody>>("/v1/claims?limit=100");
    expect(list.body.data.find((c) => c.id === body.id)?.quantity).toEqual(RANGE);
  });

  it("leaves other qualifiers without low and high", async () => {
    const claim = await createClaim(editor);
    expect(claim.quantity).toEqual({ value: 90, unit: "percent", qualifier: "more_than" });
  });

  it("is patched to a single figure and back, the ends cleared and restored", async () => {
    const { body: created } = await post(RANGE);
    const single = await patch(created.id, { value: 2.5, unit: "percent", qualifier: "about" });
    expect(single.res.status).toBe(200);
    expect(single.body.quantity).toEqual({ value: 2.5, unit: "percent", qualifier: "about" });
    const range = await patch(created.id, { ...RANGE, value: 3.5, low: 3, high: 4 });
    expect(range.res.status).toBe(200);
    expect(range.body.quantity).toEqual({ ...RANGE, value: 3.5, low: 3, high: 4 });
    expect((await callJson<ClaimBody>(`/v1/claims/${created.id}`)).body.quantity).toEqual(range.body.quantity);
  });

  it("answers 400 when low is greater than high, on PATCH too", async () => {
    const { body: created } = await post(RANGE);
    const res = await call(`/v1/claims/${created.id}`, {
      method: "PATCH",
      token: editor,
      body: { quantity: { ...RANGE, low: 4 } },
    });
    expect(await errorPaths(res)).toEqual(["quantity.low"]);
    expect(await errorPaths(await postRaw({ ...RANGE, low: 3, high: 2 }))).toEqual(["quantity.low"]);
  });

  it("answers 400 for low or high without between", async () => {
    const res = await postRaw({ value: 2.5, unit: "percent", qualifier: "about", low: 2 });
    expect(await errorPaths(res)).toEqual(["quantity.low"]);
    const both = await postRaw({ value: 2.5, unit: "percent", low: 2, high: 3 });
    expect(await errorPaths(both)).toEqual(["quantity.low", "quantity.high"]);
  });

  it("answers 400 for between without its ends", async () => {
    const res = await postRaw({ value: 2.5, unit: "percent", qualifier: "between", high: 3 });
    expect(await errorPaths(res)).toEqual(["quantity.low"]);
  });

  it("answers 400 when the value is not the midpoint", async () => {
    const res = await postRaw({ ...RANGE, value: 2.8 });
    expect(await errorPaths(res)).toEqual(["quantity.value"]);
  });
});

describe("POST /v1/extract and the new qualifier", () => {
  const ARTICLE = `"Inflation will settle between two and three per cent next year," said Bank of Corvia governor Ruth Calder.

Finance Minister Lars Ek said unemployment had fallen to 4.1 percent in August.`;

  it("marks quotes quoted and reported speech not, and answers a range as between", async () => {
    const { res, body } = await callJson<ExtractBody>("/v1/extract", { token: editor, body: { text: ARTICLE } });
    expect(res.status).toBe(200);
    const [quote, reported] = body.candidates;
    expect(quote).toMatchObject({
      text: "Inflation will settle between two and three per cent next year",
      speaker: { name: "Ruth Calder", title: "Bank of Corvia governor" },
      quantity: RANGE,
      quoted: true,
    });
    expect(reported).toMatchObject({
      text: "unemployment had fallen to 4.1 percent in August",
      speaker: { name: "Lars Ek", title: "Finance Minister" },
      quantity: { value: 4.1, unit: "percent", qualifier: "exactly" },
      quoted: false,
    });
    expect(reported?.score ?? 1).toBeLessThan(quote?.score ?? 0);
  });

  it("gives candidates that POST /v1/claims takes as they are, ranges included", async () => {
    const { body } = await callJson<ExtractBody>("/v1/extract", { token: editor, body: { text: ARTICLE } });
    for (const candidate of body.candidates) {
      const { quoted: _, existing_claim_id: __, score: ___, context, ...rest } = candidate;
      const created = await callJson<ClaimBody>("/v1/claims", {
        token: editor,
        body: { ...rest, quote_context: context },
      });
      expect(created.res.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.quantity).toEqual(candidate.quantity ?? null);
    }
  });
});
