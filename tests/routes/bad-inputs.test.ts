import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, blinkenClaim, call, createClaim, type Json } from "../helpers";

/** Every route that takes a body, with a valid body for it; ids are filled in once a claim exists. */
const writes: { name: string; method: string; path: () => string; body: () => Json }[] = [];
let claim: Json;

beforeAll(async () => {
  claim = await createClaim(ADMIN_TOKEN);
  writes.push(
    { name: "POST /v1/claims", method: "POST", path: () => "/v1/claims", body: () => blinkenClaim() },
    {
      name: "PATCH /v1/claims/{id}",
      method: "PATCH",
      path: () => `/v1/claims/${claim.id}`,
      body: () => ({ summary: "s" }),
    },
    {
      name: "POST /v1/claims/{id}/updates",
      method: "POST",
      path: () => `/v1/claims/${claim.id}/updates`,
      body: () => ({ status: "under_review" }),
    },
    {
      name: "POST /v1/articles",
      method: "POST",
      path: () => "/v1/articles",
      body: () => ({ url: "https://n.example/x" }),
    },
    { name: "POST /v1/keys", method: "POST", path: () => "/v1/keys", body: () => ({ role: "editor", name: "n" }) },
    {
      name: "POST /v1/extract",
      method: "POST",
      path: () => "/v1/extract",
      body: () => ({ text: '"Quote," she said.' }),
    },
  );
});

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const body = await res.json<Json>();
  expect(body).toMatchObject({
    type: expect.stringMatching(/^urn:claimtrail:problem:/),
    title: expect.any(String),
    status,
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
}

/** Sends `raw` as the route's JSON body, as the admin. */
function sendJson(route: (typeof writes)[number], raw: string) {
  return call(route.path(), {
    method: route.method,
    token: ADMIN_TOKEN,
    rawBody: raw,
    headers: { "Content-Type": "application/json" },
  });
}

describe("bad input never reaches a 500", () => {
  it("answers malformed JSON with 400", async () => {
    for (const route of writes) {
      for (const raw of ["{", '{"text": }', "nul", "{'single': 'quotes'}", "\u0000"]) {
        const body = await expectProblem(await sendJson(route, raw), 400);
        expect(body.code, `${route.name} ${raw}`).toBe("malformed_json");
      }
    }
  });

  it("answers JSON that is not an object with 400 and a field error", async () => {
    for (const route of writes) {
      for (const raw of ["null", "[]", "42", '"text"', "true"]) {
        const body = await expectProblem(await sendJson(route, raw), 400);
        expect(body.errors.length, `${route.name} ${raw}`).toBeGreaterThan(0);
      }
    }
  });

  it("answers a body that is not JSON with 415, and a missing body with 400", async () => {
    for (const route of writes) {
      const form = await call(route.path(), {
        method: route.method,
        token: ADMIN_TOKEN,
        rawBody: "text=hello",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      await expectProblem(form, 415);
      const empty = await call(route.path(), { method: route.method, token: ADMIN_TOKEN });
      await expectProblem(empty, 400);
    }
  });

  it("answers bodies over the limit (64 KiB; 600 KiB for /v1/extract) with 413", async () => {
    for (const route of writes) {
      const size = route.name === "POST /v1/extract" ? 610 * 1024 : 70 * 1024;
      const huge = { ...route.body(), padding: "x".repeat(size) };
      const res = await call(route.path(), { method: route.method, token: ADMIN_TOKEN, body: huge });
      const body = await expectProblem(res, 413);
      expect(body.code).toBe("payload_too_large");
    }
  });

  it("answers unknown fields and wrong types with 400 naming the field", async () => {
    for (const route of writes) {
      const unknown = await call(route.path(), {
        method: route.method,
        token: ADMIN_TOKEN,
        body: { ...route.body(), surprise: 1 },
      });
      expect((await expectProblem(unknown, 400)).errors[0].message).toMatch(/surprise/);
      const wrongTypes = Object.fromEntries(Object.keys(route.body()).map((key) => [key, { nested: [1, 2] }]));
      const wrong = await call(route.path(), { method: route.method, token: ADMIN_TOKEN, body: wrongTypes });
      const problem = await expectProblem(wrong, 400);
      expect(problem.errors.map((e: Json) => e.path)).toContain(Object.keys(route.body())[0]);
    }
  });

  it("survives deeply nested and enormous-number JSON", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    for (const route of writes) {
      expect((await sendJson(route, deep)).status).toBe(400);
    }
    const claimBody = await call("/v1/claims", {
      token: ADMIN_TOKEN,
      rawBody: JSON.stringify(blinkenClaim()).replace('"value":90', '"value":1e999'),
      headers: { "Content-Type": "application/json" },
    });
    expect(claimBody.status).toBe(400);
  });

  it("answers a missing or wrong key before looking at the body", async () => {
    for (const route of writes) {
      const none = await call(route.path(), {
        method: route.method,
        rawBody: "{",
        headers: { "Content-Type": "application/json" },
      });
      await expectProblem(none, 401);
      const wrong = await call(route.path(), { method: route.method, token: "wrong", body: route.body() });
      await expectProblem(wrong, 401);
    }
  });

  it("answers odd query strings with 4xx", async () => {
    for (const path of [
      "/v1/claims?limit=-1",
      "/v1/claims?limit=1e3",
      "/v1/claims?cursor=",
      `/v1/claims?q=${"a".repeat(201)}`,
      `/v1/claims?speaker_id=${"x".repeat(65)}`,
      "/v1/articles?url=javascript:alert(1)",
      "/v1/articles?cursor=eyJvZmZzZXQiOjF9",
      "/v1/speakers?limit=abc",
      "/v1/claims/x/updates?cursor=eyJhZnRlciI6Im5vdC1hLXNlcSJ9",
    ]) {
      const res = await call(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
