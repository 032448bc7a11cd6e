/**
 * Every `[[ratelimits]]` binding in wrangler.toml (tests/limits/config.test.ts holds the two lists
 * together), raised out of reach. The ordinary tests, the end-to-end tests and the benchmarks send
 * hundreds of requests a minute with one key from one address; the `limits` test project checks
 * the real limits.
 */
export const RATE_LIMITERS = [
  "SIGN_IN_LIMITER",
  "WRITE_LIMITER",
  "SEARCH_LIMITER",
  "EXTRACT_LIMITER",
  "AUTH_FAILURE_LIMITER",
];

const UNREACHABLE = { limit: 1_000_000, period: 60 };

/** As miniflare's `ratelimits` option (the vitest pool). */
export const raisedMiniflareLimits = Object.fromEntries(RATE_LIMITERS.map((name) => [name, { simple: UNREACHABLE }]));

/** As `unstable_startWorker` bindings, which replace wrangler.toml's of the same name. */
export const raisedWorkerLimits = Object.fromEntries(
  RATE_LIMITERS.map((name, i) => [name, { type: "ratelimit", namespace_id: String(9001 + i), simple: UNREACHABLE }]),
);
