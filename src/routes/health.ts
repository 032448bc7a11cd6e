import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { pingDb } from "../db/client";
import { jsonResponse } from "../schemas/common";
import { asAnyone } from "./security";

const Health = z.object({ status: z.enum(["ok", "degraded"]), d1: z.enum(["ok", "unreachable"]) }).openapi("Health");

const health = createRoute({
  method: "get",
  path: "/",
  operationId: "getHealth",
  tags: ["Service"],
  ...asAnyone,
  summary: "Liveness, including a D1 round trip",
  description:
    "`200 {status: ok, d1: ok}` when the Worker runs and D1 answers a query; 503 when D1 does not. Never cached.",
  responses: { 200: jsonResponse(Health, "Up"), 503: jsonResponse(Health, "D1 does not answer") },
});

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
  const headers = { "Cache-Control": "no-store" };
  try {
    await pingDb(c.var.db);
    return c.json({ status: "ok" as const, d1: "ok" as const }, 200, headers);
  } catch (error) {
    console.error(JSON.stringify({ request_id: c.var.requestId, healthz: String(error) }));
    return c.json({ status: "degraded" as const, d1: "unreachable" as const }, 503, headers);
  }
});
