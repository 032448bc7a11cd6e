import { afterEach, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, call, callJson, createClaim, expectProblem } from "../helpers";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("D1 sessions: Claimtrail-Bookmark", () => {
  it("answers a bookmark after a write and after a read", async () => {
    const claim = await createClaim(ADMIN_TOKEN);
    const update = await call(`/v1/claims/${claim.id}/updates`, {
      token: ADMIN_TOKEN,
      body: { status: "under_review" },
    });
    expect(update.status).toBe(201);
    expect(update.headers.get("Claimtrail-Bookmark")).toMatch(BOOKMARK);
    const read = await call(`/v1/claims/${claim.id}`);
    expect(read.headers.get("Claimtrail-Bookmark")).toMatch(BOOKMARK);
  });

  it("reads from the point a write's bookmark names: the client sees its own write", async () => {
    const claim = await createClaim(ADMIN_TOKEN);
    const update = await call(`/v1/claims/${claim.id}/updates`, {
      token: ADMIN_TOKEN,
      body: { status: "mostly_false", note: "Checked." },
    });
    const bookmark = update.headers.get("Claimtrail-Bookmark") ?? "";
    const { res, body } = await callJson<{ status: { code: string }; version: number }>(`/v1/claims/${claim.id}`, {
      headers: { "Claimtrail-Bookmark": bookmark },
    });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: { code: "mostly_false" }, version: 2 });
  });

  it.each([
    ["not a bookmark"],
    ["00000000-0000000b-00000000"],
    ["00000000-0000000B-00000000-00000000000000000000000000000000"],
    ["x".repeat(5000)],
  ])("refuses a malformed bookmark with 400 naming the header, and logs it: %s", async (bookmark) => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => lines.push(String(line)));
    const res = await call("/v1/claims", { headers: { "Claimtrail-Bookmark": bookmark, "X-Request-Id": "req-bm" } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "Claimtrail-Bookmark", message: expect.any(String) }]);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((line) => line.request_id === "req-bm")).toMatchObject([{ status: 400, d1_round_trips: 0 }]);
  });

  it("lets a browser send and read it across origins", async () => {
    const preflight = await call("/v1/claims", {
      method: "OPTIONS",
      headers: {
        Origin: "https://newsroom.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "claimtrail-bookmark",
      },
    });
    expect(preflight.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("claimtrail-bookmark");
    const read = await call("/v1/claims", { headers: { Origin: "https://newsroom.example" } });
    expect(read.headers.get("Access-Control-Expose-Headers")?.toLowerCase()).toContain("claimtrail-bookmark");
  });
});
