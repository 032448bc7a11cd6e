import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimBody, call, createClaim } from "../helpers";
import {
  awayFromMinuteEdge,
  callFrom,
  expectRateLimited,
  freshIpv4,
  freshWindow,
  statusesOf,
  storedKey,
} from "./support";

let claim: ClaimBody;

beforeAll(async () => {
  claim = await createClaim((await storedKey("editor")).key);
});

/** Every anonymous read that costs D1 search work, in turn. */
const searches = () => [
  "/v1/claims?q=ceasefire",
  "/v1/claims/match?text=most%20issues%20agreed",
  "/feeds/claims.atom",
  `/feeds/claims/${claim.id}.atom`,
  "/?q=ceasefire",
];

describe("anonymous searches: 60 a minute per client IP", () => {
  it("shares one count between search, match, the feeds and the index page's search box", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    const paths = searches();
    const statuses = await statusesOf(60, (i) => callFrom(ip, paths[i % paths.length] ?? "/"));
    expect(new Set(statuses)).toEqual(new Set([200]));
    for (const path of paths.filter((p) => !p.startsWith("/?"))) await expectRateLimited(await callFrom(ip, path));
  });

  it("answers a reader over the limit on the index page with a page in their language, not a problem document", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    await statusesOf(60, () => callFrom(ip, "/?q=ceasefire"));
    const res = await callFrom(ip, "/?q=ceasefire&lang=de");
    expect(res.status).toBe(429);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(res.headers.get("Retry-After")).toBe("60");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("<h1>Zu viele Suchanfragen</h1>");
    expect(html).toContain("in 60 Sekunden");
    expect((await callFrom(ip, "/")).status).toBe(200);
  });

  it("leaves the same client's other reads alone, and other clients' searches", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    await statusesOf(60, () => callFrom(ip, "/v1/claims?q=ceasefire"));
    await expectRateLimited(await callFrom(ip, "/v1/claims?q=ceasefire"));
    for (const path of ["/v1/claims", `/v1/claims/${claim.id}`, `/claims/${claim.id}`, "/", "/v1/statuses"]) {
      expect((await callFrom(ip, path)).status, path).toBe(200);
    }
    expect((await callFrom(freshIpv4(), "/v1/claims?q=ceasefire")).status).toBe(200);
  });

  it("counts an IPv6 client by its /64", async () => {
    await awayFromMinuteEdge();
    const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
    const block = `2001:db8:${a.toString(16)}:${b.toString(16)}`;
    const statuses = await statusesOf(60, (i) => callFrom(`${block}::${i.toString(16)}`, "/feeds/claims.atom"));
    expect(new Set(statuses)).toEqual(new Set([200]));
    await expectRateLimited(await callFrom(`${block}:ffff:1:2:3`, "/feeds/claims.atom"));
    expect(
      (await callFrom(`2001:db8:${a.toString(16)}:${((b + 1) % 0x10000).toString(16)}::1`, "/feeds/claims.atom"))
        .status,
    ).toBe(200);
  });

  it('puts callers without CF-Connecting-IP (local tools) together under "unknown"', async () => {
    await freshWindow();
    expect(new Set(await statusesOf(60, () => call("/v1/claims?q=ceasefire")))).toEqual(new Set([200]));
    await expectRateLimited(await call("/v1/claims/match?text=agreed"));
  });

  it("lets a browser on another origin read Retry-After on a 429", async () => {
    await awayFromMinuteEdge();
    const ip = freshIpv4();
    await statusesOf(60, () => callFrom(ip, "/v1/claims?q=ceasefire"));
    const res = await callFrom(ip, "/v1/claims?q=ceasefire", { headers: { Origin: "https://newsroom.example" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Expose-Headers")).toMatch(/\bRetry-After\b/i);
  });
});
