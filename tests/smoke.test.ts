import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, callJson, createClaim } from "./helpers";

describe("smoke", () => {
  it("creates and reads", async () => {
    const claim = await createClaim(ADMIN_TOKEN);
    const { res, body } = await callJson(`/v1/claims/${claim.id}?include=timeline`);
    console.log(res.status, JSON.stringify(body, null, 2));
    const list = await callJson(`/v1/claims?q=agreed`);
    console.log(list.res.status, JSON.stringify(list.body).slice(0, 300));
    expect(res.status).toBe(200);
  });
});
