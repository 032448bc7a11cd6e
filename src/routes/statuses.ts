import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { RATING_RANGE, SCALE_NAMES, SCALES } from "../domain/statuses";
import { jsonResponse, listOf } from "../schemas/common";
import { Scale } from "../schemas/statuses";

const listScales = createRoute({
  method: "get",
  path: "/",
  summary: "The status scales",
  description: "`veracity` rates statements and statistics; `progress` rates predictions and promises.",
  responses: { 200: jsonResponse(listOf(Scale, "ScaleList"), "Both scales") },
});

const scales = SCALE_NAMES.map((name) => ({
  name,
  kinds: [...SCALES[name].kinds],
  best_rating: RATING_RANGE.best,
  worst_rating: RATING_RANGE.worst,
  statuses: SCALES[name].statuses,
}));

export const statusRoutes = new OpenAPIHono<AppEnv>().openapi(listScales, (c) =>
  c.json({ data: scales, next_cursor: null }, 200, { "Cache-Control": "public, max-age=3600" }),
);
