import { describe, expect, inject, it } from "vitest";
import { DEMO_CLAIMS, loadDemo } from "../../scripts/demo.mjs";
import type { Json } from "../helpers";

const base = inject("workerUrl");
const token = inject("adminToken");

describe("demo data (npm start)", () => {
  it("loads the worked example with an illustrative timeline, once however often it runs", async () => {
    const first = await loadDemo(base, token);
    const second = await loadDemo(base, token);
    expect(second).toEqual(first);
    const list: Json = await (await fetch(`${base}/v1/claims`)).json();
    expect(list.data).toHaveLength(DEMO_CLAIMS.length);

    const claim: Json = await (await fetch(`${base}/v1/claims/${first[0]}?include=timeline`)).json();
    expect(claim).toMatchObject({
      text: "More than 90 percent of the issues have been agreed, decided.",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      status: { code: "unsupported" },
    });
    expect(claim.timeline.map((u: { status: string }) => u.status)).toEqual([
      "unverified",
      "under_review",
      "unsupported",
    ]);
    for (const update of claim.timeline.slice(1))
      expect(update.note).toMatch(/^Illustrative demo data, not a real fact-check\./);
    expect(claim.appearances[0].article.title).toMatch(/^Illustrative article/);
  });
});
