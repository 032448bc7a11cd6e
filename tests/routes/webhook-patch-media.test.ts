import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, type CreatedWebhookBody, call, callJson, expectProblem } from "../helpers";

// Found by tests/property: PATCH /v1/webhooks/{id} answered 413 and 415 without the OpenAPI
// document listing them.
describe("PATCH /v1/webhooks/{id} bodies", () => {
  it("answers 415 to a body that is not JSON, and documents it with 413", async () => {
    const { body: webhook } = await callJson<CreatedWebhookBody>("/v1/webhooks", {
      token: ADMIN_TOKEN,
      body: { url: "http://127.0.0.1:9/hook" },
    });
    const res = await call(`/v1/webhooks/${webhook.id}`, {
      method: "PATCH",
      token: ADMIN_TOKEN,
      rawBody: '{"active":false}',
      headers: { "Content-Type": "text/plain" },
    });
    await expectProblem(res, 415, "unsupported_media_type");
    const doc = (await (await call("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.paths["/v1/webhooks/{id}"]?.patch?.responses ?? {})).toEqual(
      expect.arrayContaining(["413", "415"]),
    );
  });
});
