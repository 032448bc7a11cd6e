import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call, callJson, createClaim } from "../helpers";

describe("GET /v1/claims: ETag from the page's ids and versions", () => {
  it("answers 304 while the page is unchanged, and a new ETag once a claim on it changes", async () => {
    const first = await createClaim(ADMIN_TOKEN, { text: "Page ETag claim one." });
    await createClaim(ADMIN_TOKEN, { text: "Page ETag claim two." });
    const page = await call("/v1/claims?limit=2");
    const etag = page.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^W\/"p-[0-9a-f]{32}"$/);
    await page.body?.cancel();

    const again = await call("/v1/claims?limit=2", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);

    // Another page of the same list has another tag.
    const second = await call("/v1/claims?limit=1");
    expect(second.headers.get("ETag")).not.toBe(etag);
    await second.body?.cancel();

    await call(`/v1/claims/${first.id}/updates`, { token: ADMIN_TOKEN, body: { status: "under_review" } });
    const { res, body } = await callJson<{ data: { id: string; status: { code: string } }[] }>("/v1/claims?limit=2", {
      headers: { "If-None-Match": etag },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).not.toBe(etag);
    expect(body.data.find((claim) => claim.id === first.id)?.status.code).toBe("under_review");
  });

  it("changes when a new claim tops the list", async () => {
    const before = await call("/v1/claims?limit=2");
    const etag = before.headers.get("ETag");
    await before.body?.cancel();
    await createClaim(ADMIN_TOKEN, { text: "A newer claim for the page ETag." });
    const after = await call("/v1/claims?limit=2", { headers: { "If-None-Match": etag ?? "" } });
    expect(after.status).toBe(200);
    await after.body?.cancel();
  });
});
