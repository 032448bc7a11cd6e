import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "../app-env";

/** One JSON line on the Worker's log: what `wrangler tail` and Workers Logs show and can query. */
export function logLine(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

/**
 * One line per request: its id (also the `X-Request-Id` answer header), method, route pattern
 * (never the query, which may hold search text; never a header, which may hold a key), status,
 * duration and D1 round trips (counted by the request's db, see d1-session.ts).
 */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = Date.now();
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
      d1_round_trips: c.var.roundTrips?.() ?? 0,
    });
  }
};
