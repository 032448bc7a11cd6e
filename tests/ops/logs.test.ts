import { afterEach, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, BLINKEN_QUOTE, type CreatedKeyBody, call, callJson, createClaim } from "../helpers";
import { EVERY_MINUTE, runCron } from "../webhooks/hooks";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every line written while `run` runs, each parsed as JSON (a line that is not JSON fails the test). */
async function linesDuring(run: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: unknown) => lines.push(String(line)));
  vi.spyOn(console, "error").mockImplementation((line: unknown) => lines.push(String(line)));
  await run();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("structured logs", () => {
  it("writes one JSON line per request, with its id, route, status, duration and D1 round trips", async () => {
    const claim = await createClaim(ADMIN_TOKEN);
    const lines = await linesDuring(async () => {
      const res = await call(`/v1/claims/${claim.id}`, { headers: { "X-Request-Id": "req-logged" } });
      expect(res.headers.get("X-Request-Id")).toBe("req-logged");
    });
    // Queue batches of earlier writes may log meanwhile: only this request's line is asserted.
    expect(lines.filter((line) => line.type === "request")).toEqual([
      {
        type: "request",
        request_id: "req-logged",
        method: "GET",
        route: "/v1/claims/:id",
        status: 200,
        duration_ms: expect.any(Number),
        d1_round_trips: 1,
      },
    ]);
  });

  it("never writes a secret: not the bearer token, not a new key, not the query", async () => {
    let key = "";
    const lines = await linesDuring(async () => {
      const created = await callJson<CreatedKeyBody>("/v1/keys", {
        token: ADMIN_TOKEN,
        body: { role: "editor", name: "logged key" },
      });
      key = created.body.key ?? "";
      await call(`/v1/claims?q=${encodeURIComponent("secret search words")}`, { token: key });
      await call("/v1/claims", { token: "ctk_wrong_key", body: { text: BLINKEN_QUOTE } });
      await call("/desk/sign-in", {
        method: "POST",
        rawBody: `key=${ADMIN_TOKEN}`,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://claimtrail.test" },
      });
    });
    expect(key).toMatch(/^ctk_/);
    const text = JSON.stringify(lines);
    for (const secret of [ADMIN_TOKEN, key, "ctk_wrong_key", "secret search words", "Bearer"]) {
      expect(text).not.toContain(secret);
    }
    const requests = lines.filter((line) => line.type === "request");
    expect(requests.map((line) => [line.type, line.route, line.status])).toEqual([
      ["request", "/v1/keys", 201],
      ["request", "/v1/claims", 200],
      ["request", "/v1/claims", 401],
      ["request", "/desk/sign-in", 303],
    ]);
  });

  it("writes one line per cron run", async () => {
    const lines = await linesDuring(() => runCron(EVERY_MINUTE));
    expect(lines).toContainEqual({
      type: "cron",
      cron: EVERY_MINUTE,
      duration_ms: expect.any(Number),
      d1_round_trips: 1,
    });
  });
});
