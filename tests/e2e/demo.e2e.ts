import { describe, expect, inject, it } from "vitest";
import { DEMO_CLAIMS, loadDemo } from "../../scripts/demo.mjs";
import type { ClaimBody, ListBody, StatusUpdateBody } from "../helpers";

const base = inject("workerUrl");
const token = inject("adminToken");

/** GETs a public route of the running Worker, which must answer 200, and parses it as `T`. */
async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe("demo data (npm start)", () => {
  it("finishes a load that was cut short after creating a claim, without duplicating it", async () => {
    const [, promise] = DEMO_CLAIMS;
    expect(promise).toBeDefined();
    const interrupted = await fetch(`${base}/v1/claims`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(promise?.claim),
    });
    expect(interrupted.status).toBe(201);
    const { id } = (await interrupted.json()) as ClaimBody;
    expect(id).toMatch(/^clm_/);
    const [, loaded] = await loadDemo(base, token);
    expect(loaded).toBe(id);
    const timeline = await get<ListBody<StatusUpdateBody>>(`/v1/claims/${id}/updates`);
    expect(timeline.data.map((u) => u.status)).toEqual(["unverified", "pending"]);
  });

  it("loads the worked example with an illustrative timeline, once however often it runs", async () => {
    const first = await loadDemo(base, token);
    const second = await loadDemo(base, token);
    expect(second).toEqual(first);
    expect((await get<ListBody<ClaimBody>>("/v1/claims")).data).toHaveLength(DEMO_CLAIMS.length);

    const claim = await get<ClaimBody>(`/v1/claims/${first[0]}?include=timeline`);
    expect(claim).toMatchObject({
      text: "More than 90 percent of the issues have been agreed, decided.",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      status: { code: "unsupported" },
    });
    const timeline = claim.timeline ?? [];
    expect(timeline.map((u) => u.status)).toEqual(["unverified", "under_review", "unsupported"]);
    for (const update of timeline.slice(1))
      expect(update.note).toMatch(/^Illustrative demo data, not a real fact-check\./);
    expect(claim.appearances).toHaveLength(1);
    expect(claim.appearances[0]?.article.title).toMatch(/^Illustrative article/);
  });
});
