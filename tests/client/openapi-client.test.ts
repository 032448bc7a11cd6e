import { exports } from "cloudflare:workers";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "../../client/openapi";
import { ADMIN_TOKEN, BLINKEN_QUOTE, ORIGIN } from "../helpers";

/**
 * A client generated from /openapi.json alone (openapi-typescript types, openapi-fetch requests),
 * as a team on another stack would build one, talking to the real Worker on the test D1.
 */
const viaWorker = (request: Request) => exports.default.fetch(request);
const client = (key?: string) =>
  createClient<paths>({
    baseUrl: ORIGIN,
    fetch: viaWorker,
    headers: key ? { Authorization: `Bearer ${key}` } : {},
  });

describe("a client generated from the OpenAPI document", () => {
  it("sends requests the Worker accepts: key, claim with a non-ASCII topic, update, reads, match", async () => {
    const admin = client(ADMIN_TOKEN);
    const key = await admin.POST("/v1/keys", { body: { role: "editor", name: "generated client" } });
    expect(key.response.status, JSON.stringify(key.error)).toBe(201);
    const editor = client(key.data?.key ?? undefined);

    const created = await editor.POST("/v1/claims", {
      body: {
        text: BLINKEN_QUOTE,
        kind: "statistic",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        quantity: { value: 90, unit: "percent", qualifier: "more_than" },
        topics: ["gaza", "négociations de paix"],
      },
      params: { header: { "Idempotency-Key": "generated-client-1" } },
    });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    const claim = created.data;
    if (!claim) throw new Error("no claim");
    expect(claim.topics).toEqual(["gaza", "négociations de paix"]);

    const update = await editor.POST("/v1/claims/{id}/updates", {
      params: { path: { id: claim.id }, header: { "if-match": `"v${claim.version}"` } },
      body: {
        status: "mostly_false",
        note: "Two issues were still open.",
        evidence: [{ url: "https://evidence.example/a" }],
      },
    });
    expect(update.response.status, JSON.stringify(update.error)).toBe(201);
    expect(update.data?.status).toBe("mostly_false");

    const read = await editor.GET("/v1/claims/{id}", {
      params: { path: { id: claim.id }, query: { include: "timeline" } },
    });
    expect(read.data?.timeline?.map((u) => u.status)).toEqual(["unverified", "mostly_false"]);

    const listed = await editor.GET("/v1/claims", {
      params: { query: { topic: "négociations de paix", kind: "statistic", limit: 5 } },
    });
    expect(listed.response.status, JSON.stringify(listed.error)).toBe(200);
    expect(listed.data?.data.map((c) => c.id)).toEqual([claim.id]);

    const matched = await editor.GET("/v1/claims/match", {
      params: { query: { text: "Over 90% of the issues are agreed", limit: 3 } },
    });
    expect(matched.data?.data[0]).toMatchObject({ claim: { id: claim.id }, reasons: { quantity: "same" } });

    const scales = await editor.GET("/v1/statuses", { params: { query: { kind: "promise" } } });
    expect(scales.data?.data.map((s) => s.name)).toEqual(["progress"]);

    const chain = await editor.GET("/v1/claims/{id}/chain", { params: { path: { id: claim.id } } });
    expect(chain.data).toMatchObject({ claim_id: claim.id, length: 2, valid: true });
  });

  it("gets the documented problem for a request the document says is wrong", async () => {
    const res = await client().GET("/v1/statuses", {
      // A kind the document's enum does not have: the type checker and the Worker both refuse it.
      // @ts-expect-error
      params: { query: { kind: "rumour" } },
    });
    expect(res.response.status).toBe(400);
    expect(res.error).toMatchObject({ code: "validation_failed" });
  });
});

describe("the OpenAPI document", () => {
  it("names every operation, tags it and says who may call it", async () => {
    const doc = (await (await exports.default.fetch(`${ORIGIN}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId?: string; tags?: string[]; security?: unknown[] }>>;
      servers: { url: string }[];
      info: { license?: { name: string } };
    };
    const operations = Object.values(doc.paths).flatMap((path) => Object.values(path));
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags).toHaveLength(1);
      expect(op.security).toBeDefined();
    }
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    expect(doc.servers).toEqual([{ url: ORIGIN, description: "This deployment" }]);
    expect(doc.info.license?.name).toBe("MIT");
    // No JavaScript regex flag leaks into a pattern ("…$/u"), which other validators would misread.
    expect(JSON.stringify(doc)).not.toMatch(/\$\/[a-z]+"/);
  });
});
