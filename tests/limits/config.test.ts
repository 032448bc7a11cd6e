import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RATE_LIMITERS } from "../../scripts/raised-limits.mjs";
import { LIMIT_PERIODS } from "../../src/http/rate-limit";
import wranglerToml from "../../wrangler.toml?raw";

/** The `[[ratelimits]]` tables of wrangler.toml: name, namespace id, limit and period. */
function ratelimits(toml: string) {
  const table =
    /\[\[ratelimits\]\]\s*name = "(\w+)"\s*namespace_id = "(\d+)"\s*simple = \{ limit = (\d+), period = (\d+) \}/g;
  return [...toml.matchAll(table)].map(([, name, namespace, limit, period]) => ({
    name,
    namespace,
    limit: Number(limit),
    period: Number(period),
  }));
}

describe("rate-limit configuration", () => {
  it("has the documented limits in wrangler.toml, each in its own namespace", () => {
    const limits = ratelimits(wranglerToml);
    expect(limits.map(({ name, limit, period }) => ({ name, limit, period }))).toEqual([
      { name: "SIGN_IN_LIMITER", limit: 10, period: 60 },
      { name: "WRITE_LIMITER", limit: 120, period: 60 },
      { name: "SEARCH_LIMITER", limit: 60, period: 60 },
      { name: "EXTRACT_LIMITER", limit: 20, period: 60 },
      { name: "AUTH_FAILURE_LIMITER", limit: 10, period: 60 },
    ]);
    expect(new Set(limits.map((l) => l.namespace)).size).toBe(limits.length);
  });

  it("raises every limit for the other tests, the end-to-end run and the benchmarks", () => {
    expect(RATE_LIMITERS).toEqual(ratelimits(wranglerToml).map((l) => l.name));
  });

  it("sends each binding's own period as Retry-After, and binds every limiter it names", () => {
    const periods = Object.fromEntries(ratelimits(wranglerToml).map(({ name, period }) => [name, period]));
    expect(LIMIT_PERIODS).toEqual(periods);
    for (const name of Object.keys(LIMIT_PERIODS)) expect(env, name).toHaveProperty(name);
  });
});
