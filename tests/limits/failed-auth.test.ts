import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call } from "../helpers";
import { awayFromMinuteEdge, callFrom, expectRateLimited, freshIpv4, statusesOf, storedKey } from "./support";

/** Ten wrong credentials of every shape: unknown, well-formed but unknown, revoked, a wrong admin token. */
const wrongKeys = (revoked: string) => [
  "nonsense",
  "ctk_01HZZZZZZZZZZZZZZZZZZZZZZZ_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  revoked,
  `${ADMIN_TOKEN}-not`,
  "x",
  "ctk_",
  "Bearer",
  "test-admin-tokem",
  revoked,
  "nonsense-again",
];

async function revokedKey(): Promise<string> {
  const admin = await storedKey("admin");
  const doomed = await storedKey("editor", "revoked");
  expect((await call(`/v1/keys/${doomed.id}`, { method: "DELETE", token: admin.key })).status).toBe(204);
  return doomed.key;
}

describe("failed authentication: 10 a minute per client IP", () => {
  it("refuses the 11th failure with a 429 problem, then every key from that address, even a valid one", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    const admin = await storedKey("admin");
    const wrong = wrongKeys(await revokedKey());
    const statuses = await statusesOf(10, (i) => callFrom(ip, "/v1/keys", { token: wrong[i] }));
    expect(statuses).toEqual(Array(10).fill(401));
    await expectRateLimited(await callFrom(ip, "/v1/keys", { token: "one-more-guess" }));

    // The key is not even checked now, so a right guess looks the same as a wrong one.
    for (const token of [admin.key, ADMIN_TOKEN]) {
      const res = await callFrom(ip, "/v1/keys", { token });
      const retryAfter = Number(res.headers.get("Retry-After"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      await expectRateLimited(res, String(retryAfter));
    }
    const write = await callFrom(ip, "/v1/articles", { token: admin.key, body: { url: "https://blocked.example/a" } });
    expect(write.status).toBe(429);
  });

  it("keeps anonymous reads and requests without a key going from a limited address", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    await statusesOf(11, () => callFrom(ip, "/v1/keys", { token: "wrong" }));
    await expectRateLimited(await callFrom(ip, "/v1/keys", { token: "wrong" }));
    expect((await callFrom(ip, "/v1/claims")).status).toBe(200);
    expect((await callFrom(ip, "/v1/keys")).status).toBe(401);
  });

  it("counts each address on its own", async () => {
    await awayFromMinuteEdge();
    const limited = freshIpv4();
    const admin = await storedKey("admin");
    await statusesOf(11, () => callFrom(limited, "/v1/keys", { token: "wrong" }));
    const other = freshIpv4();
    expect((await callFrom(other, "/v1/keys", { token: admin.key })).status).toBe(200);
    expect((await callFrom(other, "/v1/keys", { token: "wrong" })).status).toBe(401);
  });

  it("does not count successful authentication", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    const admin = await storedKey("admin");
    expect(new Set(await statusesOf(30, () => callFrom(ip, "/v1/keys", { token: admin.key })))).toEqual(new Set([200]));
    expect((await callFrom(ip, "/v1/keys", { token: "wrong" })).status).toBe(401);
  });
});
