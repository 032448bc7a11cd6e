import { beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  blinkenClaim,
  type ClaimBody,
  type CreatedWebhookBody,
  call,
  callJson,
  createClaim,
  expectProblem,
} from "../helpers";

interface WriteRoute {
  name: string;
  method: string;
  path: () => string;
  body: () => Record<string, unknown>;
}

/** Every route that takes a body, with a valid body for it; ids are filled in once a claim exists. */
const writes: WriteRoute[] = [];
let claim: ClaimBody;
let webhook: CreatedWebhookBody;

beforeAll(async () => {
  claim = await createClaim(ADMIN_TOKEN);
  webhook = (
    await callJson<CreatedWebhookBody>("/v1/webhooks", {
      token: ADMIN_TOKEN,
      body: { url: "https://hooks.newsroom.example/bad-inputs", active: false },
    })
  ).body;
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
    {
      name: "POST /v1/webhooks",
      method: "POST",
      path: () => "/v1/webhooks",
      body: () => ({ url: "https://hooks.newsroom.example/x" }),
    },
    {
      name: "PATCH /v1/webhooks/{id}",
      method: "PATCH",
      path: () => `/v1/webhooks/${webhook.id}`,
      body: () => ({ active: false }),
    },
  );
});

/** Sends `raw` as the route's JSON body, as the admin. */
function sendJson(route: WriteRoute, raw: string) {
  return call(route.path(), {
    method: route.method,
    token: ADMIN_TOKEN,
    rawBody: raw,
    headers: { "Content-Type": "application/json" },
  });
}

/** The paths named by a validation problem's errors[]. */
function errorPaths(problem: { errors?: { path: string }[] }): string[] {
  expect(problem.errors, "errors[]").toBeDefined();
  return (problem.errors ?? []).map((e) => e.path);
}

describe("bad input never reaches a 500", () => {
  it("answers malformed JSON with 400", async () => {
    for (const route of writes) {
      for (const raw of ["{", '{"text": }', "nul", "{'single': 'quotes'}", "\u0000"]) {
        const problem = await expectProblem(await sendJson(route, raw), 400, "malformed_json");
        expect(problem.errors, `${route.name} ${raw}`).toBeUndefined();
      }
    }
  });

  it("answers JSON that is not an object with 400 and a field error", async () => {
    for (const route of writes) {
      for (const raw of ["null", "[]", "42", '"text"', "true"]) {
        const problem = await expectProblem(await sendJson(route, raw), 400, "validation_failed");
        expect(problem.errors, `${route.name} ${raw}`).toEqual([
          { path: "", message: expect.stringMatching(/expected object/) },
        ]);
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
      await expectProblem(form, 415, "unsupported_media_type");
      const empty = await call(route.path(), { method: route.method, token: ADMIN_TOKEN });
      const problem = await expectProblem(empty, 400, "validation_failed");
      expect(errorPaths(problem).length, route.name).toBeGreaterThan(0);
    }
  });

  it("answers bodies over the limit (64 KiB; 600 KiB for /v1/extract) with 413", async () => {
    for (const route of writes) {
      const size = route.name === "POST /v1/extract" ? 610 * 1024 : 70 * 1024;
      const huge = { ...route.body(), padding: "x".repeat(size) };
      const res = await call(route.path(), { method: route.method, token: ADMIN_TOKEN, body: huge });
      await expectProblem(res, 413, "payload_too_large");
    }
  });

  it("answers unknown fields and wrong types with 400 naming the field", async () => {
    for (const route of writes) {
      const unknown = await call(route.path(), {
        method: route.method,
        token: ADMIN_TOKEN,
        body: { ...route.body(), surprise: 1 },
      });
      const unknownProblem = await expectProblem(unknown, 400, "validation_failed");
      expect(unknownProblem.errors?.[0]?.message, route.name).toMatch(/surprise/);
      const wrongTypes = Object.fromEntries(Object.keys(route.body()).map((key) => [key, { nested: [1, 2] }]));
      const wrong = await call(route.path(), { method: route.method, token: ADMIN_TOKEN, body: wrongTypes });
      const problem = await expectProblem(wrong, 400, "validation_failed");
      expect(errorPaths(problem), route.name).toContain(Object.keys(route.body())[0]);
    }
  });

  it("survives deeply nested and enormous-number JSON", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    for (const route of writes) {
      const problem = await expectProblem(await sendJson(route, deep), 400, "validation_failed");
      expect(problem.errors, route.name).toEqual([{ path: "", message: expect.stringMatching(/expected object/) }]);
    }
    const claimBody = await call("/v1/claims", {
      token: ADMIN_TOKEN,
      rawBody: JSON.stringify(blinkenClaim()).replace('"value":90', '"value":1e999'),
      headers: { "Content-Type": "application/json" },
    });
    const problem = await expectProblem(claimBody, 400, "validation_failed");
    expect(errorPaths(problem)).toEqual(["quantity.value"]);
  });

  it("answers a missing or wrong key before looking at the body", async () => {
    for (const route of writes) {
      const none = await call(route.path(), {
        method: route.method,
        rawBody: "{",
        headers: { "Content-Type": "application/json" },
      });
      await expectProblem(none, 401, "unauthenticated");
      const wrong = await call(route.path(), { method: route.method, token: "wrong", body: route.body() });
      await expectProblem(wrong, 401, "unauthenticated");
    }
  });

  it.each([
    ["/v1/claims?limit=-1", "validation_failed", ["limit"]],
    ["/v1/claims?limit=1e3", "validation_failed", ["limit"]],
    ["/v1/claims?cursor=", "invalid_cursor", undefined],
    [`/v1/claims?q=${"a".repeat(201)}`, "validation_failed", ["q"]],
    [`/v1/claims?speaker_id=${"x".repeat(65)}`, "validation_failed", ["speaker_id"]],
    ["/v1/articles?url=javascript:alert(1)", "validation_failed", ["url"]],
    ["/v1/articles?cursor=eyJvZmZzZXQiOjF9", "invalid_cursor", undefined],
    ["/v1/speakers?limit=abc", "validation_failed", ["limit"]],
    ["/v1/claims/x/updates?cursor=eyJhZnRlciI6Im5vdC1hLXNlcSJ9", "invalid_cursor", undefined],
  ])("answers the odd query string %s with 400 %s", async (path, code, paths) => {
    const problem = await expectProblem(await call(path), 400, code);
    if (paths) expect(errorPaths(problem)).toEqual(paths);
  });

  it("answers an odd cursor on a real claim's timeline with 400", async () => {
    const res = await call(`/v1/claims/${claim.id}/updates?cursor=eyJhZnRlciI6Im5vdC1hLXNlcSJ9`);
    await expectProblem(res, 400, "invalid_cursor");
  });
});
