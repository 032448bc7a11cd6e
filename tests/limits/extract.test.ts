import { describe, expect, it } from "vitest";
import { BLINKEN_QUOTE, blinkenClaim, call } from "../helpers";
import { awayFromMinuteEdge, expectRateLimited, statusesOf, storedKey } from "./support";

const article = { text: `Blinken told reporters: "${BLINKEN_QUOTE}"` };

describe("POST /v1/extract: 20 a minute per API key", () => {
  it("answers a key's 21st extraction with a 429 problem and Retry-After", async () => {
    await awayFromMinuteEdge();
    const editor = await storedKey("editor");
    const statuses = await statusesOf(20, () => call("/v1/extract", { token: editor.key, body: article }));
    expect(new Set(statuses)).toEqual(new Set([200]));
    await expectRateLimited(await call("/v1/extract", { token: editor.key, body: article }));
  });

  it("counts each key on its own, and apart from the key's writes", async () => {
    await awayFromMinuteEdge();
    const busy = await storedKey("editor", "busy");
    await statusesOf(20, () => call("/v1/extract", { token: busy.key, body: article }));
    await expectRateLimited(await call("/v1/extract", { token: busy.key, body: article }));
    expect((await call("/v1/claims", { token: busy.key, body: blinkenClaim() })).status).toBe(201);
    const other = await storedKey("editor", "other");
    expect((await call("/v1/extract", { token: other.key, body: article })).status).toBe(200);
  });
});
