import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, type ClaimBody, call, callJson, createClaim, expectProblem, type ListBody } from "../helpers";

const REVIEW = "https://factcheck.example/2024/08/blinken-90-percent";

describe("claims imported from a published review (source_url)", () => {
  it("keeps one claim per review: a second is 409 claim_exists naming the first", async () => {
    const claim = await createClaim(ADMIN_TOKEN, { source_url: REVIEW });
    expect(claim.source_url).toBe(REVIEW);
    const again = await call("/v1/claims", {
      token: ADMIN_TOKEN,
      body: { text: "Another quote entirely.", speaker: { name: "Someone" }, source_url: REVIEW },
    });
    expect(again.headers.get("Retry-After")).toBe("1");
    const problem = await expectProblem(again, 409, "claim_exists");
    expect(problem.claim_id).toBe(claim.id);
  });

  it("finds the claim of a review with ?source_url=, and claims without one say null", async () => {
    const other = await createClaim(ADMIN_TOKEN, { text: "Unrelated promise.", kind: "promise", article: undefined });
    expect(other.source_url).toBeNull();
    const { body } = await callJson<ListBody<ClaimBody>>(`/v1/claims?source_url=${encodeURIComponent(REVIEW)}`);
    expect(body.data.map((c) => c.source_url)).toEqual([REVIEW]);
    const bad = await call("/v1/claims?source_url=not-a-url");
    expect((await expectProblem(bad, 400, "validation_failed")).errors?.[0]?.path).toBe("source_url");
  });
});
