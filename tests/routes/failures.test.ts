import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app";
import worker from "../../src/index";
import { ADMIN_TOKEN, type ClaimBody, createClaim, createKey, expectProblem, ORIGIN } from "../helpers";

/** Runs one request through the real Worker with some bindings replaced. */
function fetchWith(bindings: Partial<Env>, path: string, init: RequestInit = {}) {
  return worker.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, ...bindings }, createExecutionContext());
}

const asAdmin = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("an unexpected error", () => {
  it("is logged with the request id and answered with a generic 500 problem that leaks nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const app = createApp();
    app.get("/boom", () => {
      throw new TypeError("secret internals: table claims at src/db/claim-queries.ts:42");
    });
    const res = await app.fetch(new Request(`${ORIGIN}/boom`, { headers: { "X-Request-Id": "req-500" } }), env);
    const problem = await expectProblem(res, 500, "internal_error");
    expect(problem.request_id).toBe("req-500");
    expect(JSON.stringify(problem)).not.toMatch(/secret internals|claim-queries/);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/req-500.*secret internals/s);
  });
});

describe("GET /healthz when D1 does not answer", () => {
  it("answers 503 degraded", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const unreachable = {
      prepare: () => {
        throw new Error("D1 is unreachable");
      },
      withSession() {
        return this;
      },
      getBookmark: () => null,
    } as unknown as D1Database;
    const res = await fetchWith({ DB: unreachable }, "/healthz");
    expect(res.status).toBe(503);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "degraded", d1: "unreachable" });
  });
});

describe("a claim's writer that cannot be reached", () => {
  let claim: ClaimBody;

  beforeAll(async () => {
    claim = await createClaim(ADMIN_TOKEN);
  });

  const unreachable = {
    idFromName: (name: string) => env.WRITER.idFromName(name),
    get: () => ({
      append: () => Promise.reject(Object.assign(new Error("Durable Object is overloaded"), { overloaded: true })),
      patch: () => Promise.reject(Object.assign(new Error("Network connection lost."), { retryable: true })),
    }),
  } as unknown as Env["WRITER"];

  it("answers a status update with 503 and Retry-After, and writes nothing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await fetchWith(
      { WRITER: unreachable },
      `/v1/claims/${claim.id}/updates`,
      asAdmin("POST", { status: "true" }),
    );
    expect(res.headers.get("Retry-After")).toBe("1");
    await expectProblem(res, 503, "unavailable");
    const after = await fetchWith({}, `/v1/claims/${claim.id}`);
    expect(((await after.json()) as ClaimBody).version).toBe(claim.version);
  });

  it("answers a PATCH with 503 and Retry-After", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await fetchWith({ WRITER: unreachable }, `/v1/claims/${claim.id}`, asAdmin("PATCH", { summary: "x" }));
    expect(res.headers.get("Retry-After")).toBe("1");
    await expectProblem(res, 503, "unavailable");
  });
});

describe("running without ADMIN_TOKEN", () => {
  it("refuses the old token and keeps stored keys working", async () => {
    const admin = await createKey("admin", "stored admin");
    const { ADMIN_TOKEN: _unset, ...withoutToken } = env;
    const unset = { ...withoutToken } as Env;
    const token = await worker.fetch(
      new Request(`${ORIGIN}/v1/keys`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }),
      unset,
      createExecutionContext(),
    );
    await expectProblem(token, 401, "unauthenticated");
    const empty = await fetchWith({ ADMIN_TOKEN: "" }, "/v1/keys", { headers: { Authorization: "Bearer " } });
    await expectProblem(empty, 401, "unauthenticated");
    const stored = await worker.fetch(
      new Request(`${ORIGIN}/v1/keys`, {
        method: "POST",
        headers: { Authorization: `Bearer ${admin.key}`, "Content-Type": "application/json" },
        body: JSON.stringify({ role: "editor", name: "made without the token" }),
      }),
      unset,
      createExecutionContext(),
    );
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({
      role: "editor",
      name: "made without the token",
      key: expect.any(String),
    });
  });
});
