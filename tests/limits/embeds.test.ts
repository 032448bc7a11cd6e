import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimBody, createClaim } from "../helpers";
import { callFrom, expectRateLimited, freshIpv4, statusesOf, storedKey } from "./support";

let claim: ClaimBody;

beforeAll(async () => {
  claim = await createClaim((await storedKey("editor")).key);
});

describe("embeds are never rate-limited", () => {
  it("serves cards, badges and shields JSON more often than any per-IP limit, even to an address over its search limit", async () => {
    const ip = freshIpv4();
    await statusesOf(61, () => callFrom(ip, "/feeds/claims.atom"));
    await expectRateLimited(await callFrom(ip, "/feeds/claims.atom"));
    for (const suffix of ["", "/badge.svg", "/shields.json"]) {
      const path = `/embed/claims/${claim.id}${suffix}`;
      expect(new Set(await statusesOf(70, () => callFrom(ip, path))), path).toEqual(new Set([200]));
    }
  });
});
