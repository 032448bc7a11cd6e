import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, expectProblem, ORIGIN } from "../helpers";

vi.mock("../../src/domain/extraction/extract", () => ({
  extractCandidates: () => {
    throw new RangeError("a heuristic went out of bounds");
  },
}));

describe("POST /v1/extract when the extractor fails", () => {
  it("logs the error once and answers 500, not an empty list of candidates", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.resetModules();
    const { createApp } = await import("../../src/app");
    const res = await createApp().fetch(
      new Request(`${ORIGIN}/v1/extract`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ text: '"We will build it," the mayor said.' }),
      }),
      env,
    );
    const problem = await expectProblem(res, 500, "internal_error");
    expect(JSON.stringify(problem)).not.toContain("heuristic");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain("a heuristic went out of bounds");
  });
});
