import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { Scale } from "../../src/schemas/statuses";
import { call, callJson, expectProblem, type ListBody } from "../helpers";

type ScaleBody = z.infer<typeof Scale>;

interface HealthBody {
  status: string;
  d1: string;
}

/** The parts of the OpenAPI document these tests read. */
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown }>>;
  components: {
    schemas: Record<string, { properties?: Record<string, { $ref?: string }> }>;
    securitySchemes: Record<string, unknown>;
  };
}

describe("GET /healthz", () => {
  it("answers ok after a D1 round trip", async () => {
    const { res, body } = await callJson<HealthBody>("/healthz");
    expect(res.status).toBe(200);
    expect(body).toEqual({ status: "ok", d1: "ok" });
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("GET /v1/statuses", () => {
  it("lists both scales with labels, colours, rating values and final", async () => {
    const { res, body } = await callJson<ListBody<ScaleBody>>("/v1/statuses");
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBeTruthy();
    expect(body.data.map((s) => s.name)).toEqual(["veracity", "progress"]);
    const [veracity, progress] = body.data;
    expect(veracity).toMatchObject({ kinds: ["statement", "statistic"], best_rating: 5, worst_rating: 1 });
    expect(veracity?.statuses[0]).toEqual({
      code: "unverified",
      label: "Not yet rated",
      description: expect.any(String),
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      rating_value: null,
      final: false,
    });
    expect(progress).toMatchObject({ kinds: ["prediction", "promise"] });
    expect(progress?.statuses.map((s) => s.code)).toContain("not_borne_out");
  });

  it("with kind, answers only the scale that rates that kind, and 400 naming kind for an unknown one", async () => {
    const promise = await callJson<ListBody<ScaleBody>>("/v1/statuses?kind=promise");
    expect(promise.body.data.map((s) => s.name)).toEqual(["progress"]);
    const statistic = await callJson<ListBody<ScaleBody>>("/v1/statuses?kind=statistic");
    expect(statistic.body.data.map((s) => s.name)).toEqual(["veracity"]);
    const problem = await expectProblem(await call("/v1/statuses?kind=rumour"), 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["kind"]);
  });

  it("answers 304 to a conditional request, keeping the headers a cross-origin page needs", async () => {
    const first = await call("/v1/statuses");
    const etag = first.headers.get("ETag");
    expect(etag).toBeTruthy();
    const again = await call("/v1/statuses", {
      headers: { "If-None-Match": etag ?? "", Origin: "https://newsroom.example" },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(again.headers.get("X-Request-Id")).toBeTruthy();
  });
});

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document of every route, generated from the schemas", async () => {
    const { res, body } = await callJson<OpenApiDocument>("/openapi.json");
    expect(res.status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        "/healthz",
        "/v1/articles",
        "/v1/articles/{id}",
        "/v1/audit",
        "/v1/claims",
        "/v1/claims/match",
        "/v1/claims/{id}",
        "/v1/claims/{id}/chain",
        "/v1/claims/{id}/claimreview",
        "/v1/claims/{id}/updates",
        "/v1/claims/{id}/updates/{update_id}",
        "/v1/extract",
        "/v1/keys",
        "/v1/keys/{id}",
        "/v1/speakers",
        "/v1/speakers/{id}",
        "/v1/statuses",
        "/v1/webhooks",
        "/v1/webhooks/{id}",
        "/v1/webhooks/{id}/deliveries",
        "/v1/webhooks/{id}/deliveries/{delivery_id}",
        "/v1/webhooks/{id}/deliveries/{delivery_id}/retry",
        "/v1/webhooks/{id}/rotate-secret",
        "/v1/webhooks/{id}/test",
      ].sort(),
    );
    expect(Object.keys(body.paths["/v1/claims/{id}"] ?? {}).sort()).toEqual(["get", "patch"]);
    expect(body.components.schemas.Claim?.properties?.status?.$ref).toBe("#/components/schemas/ClaimStatus");
    expect(body.components.schemas.Problem).toBeDefined();
    expect(body.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const claims = body.paths["/v1/claims"];
    expect(Object.keys(claims ?? {}).sort()).toEqual(["get", "post"]);
    expect(claims?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(claims?.get).toBeDefined();
    expect(claims?.get?.security).toEqual([]);
  });
});

describe("GET /docs", () => {
  it("serves an HTML reference that loads /openapi.json", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('data-url="/openapi.json"');
    expect(html.toLowerCase()).toContain("<!doctype html>");
  });
});

describe("routing", () => {
  it("answers unknown paths with a 404 problem", async () => {
    const problem = await expectProblem(await call("/v2/nothing"), 404, "not_found");
    expect(problem.instance).toBe("/v2/nothing");
  });

  it("tags every answer with a request id, taken from cf-ray when present", async () => {
    const res = await call("/v1/claims/unknown", { headers: { "cf-ray": "8b1f-LHR" } });
    expect(res.headers.get("X-Request-Id")).toBe("8b1f-LHR");
    const problem = await expectProblem(res, 404, "claim_not_found");
    expect(problem.request_id).toBe("8b1f-LHR");
  });

  it("lets other sites read, and answers their read preflights", async () => {
    const preflight = await call("/v1/claims", {
      method: "OPTIONS",
      headers: {
        Origin: "https://newsroom.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("If-None-Match");
    const read = await call("/v1/claims", { headers: { Origin: "https://newsroom.example" } });
    expect(read.status).toBe(200);
    expect(read.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(read.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
  });

  it("refuses a browser's preflight for a write: no allow headers, so the browser never sends it", async () => {
    const preflight = await call("/v1/claims", {
      method: "OPTIONS",
      headers: {
        Origin: "https://newsroom.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toBeNull();
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toBeNull();
  });
});
