import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "../app-env";
import { createDb } from "../db/client";
import { countingD1 } from "../db/counting";

/** One JSON line on the Worker's log: what `wrangler tail` and Workers Logs show and can query. */
export function logLine(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

/**
 * One line per request: its id (also the `X-Request-Id` answer header), method, route pattern
 * (never the query, which may hold search text; never a header, which may hold a key), status,
 * duration and D1 round trips. The request's db counts its own round trips for it.
 */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = Date.now();
  const counter = countingD1(c.env.DB);
  c.set("db", createDb(counter.db));
  try {
    await next();
  } finally {
    logLine({
      type: "request",
      request_id: c.var.requestId,
      method: c.req.method,
      // The first handler matched answered (middleware is registered for ALL methods; later matches never ran).
      route: matchedRoutes(c).find((route) => route.method !== "ALL")?.path ?? null,
      status: c.res.status,
      duration_ms: Date.now() - started,
      d1_round_trips: counter.roundTrips(),
    });
  }
};
