import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { RATING_RANGE, SCALE_NAMES, SCALES } from "../domain/statuses";
import { jsonResponse, listOf, pick } from "../schemas/common";
import { ListStatusesQuery, Scale } from "../schemas/statuses";
import { asAnyone } from "./security";

const listScales = createRoute({
  method: "get",
  path: "/",
  operationId: "listStatuses",
  tags: ["Statuses"],
  ...asAnyone,
  summary: "The status scales",
  description:
    "`veracity` rates statements and statistics; `progress` rates predictions and promises. With `kind`, only the scale for that kind.",
  request: { query: ListStatusesQuery },
  responses: { 200: jsonResponse(listOf(Scale, "ScaleList"), "The scales"), ...pick(400) },
});

const scales = SCALE_NAMES.map((name) => ({
  name,
  kinds: [...SCALES[name].kinds],
  best_rating: RATING_RANGE.best,
  worst_rating: RATING_RANGE.worst,
  statuses: SCALES[name].statuses,
}));

export const statusRoutes = new OpenAPIHono<AppEnv>().openapi(listScales, (c) => {
  const { kind } = c.req.valid("query");
  const data = kind ? scales.filter((scale) => scale.kinds.includes(kind)) : scales;
  return c.json({ data, next_cursor: null }, 200, { "Cache-Control": "public, max-age=3600" });
});
