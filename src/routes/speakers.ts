import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { findSpeaker, listSpeakers } from "../db/speakers";
import { cursorAfter, page } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { baseUrl } from "../http/base-url";
import { toSpeakerResource } from "../resources/speaker";
import { IdParam, jsonResponse, listOf, pick } from "../schemas/common";
import { ListSpeakersQuery, Speaker } from "../schemas/speakers";
import { asAnyone } from "./security";

const listSpeakersRoute = createRoute({
  method: "get",
  path: "/",
  operationId: "listSpeakers",
  tags: ["Speakers"],
  ...asAnyone,
  summary: "List speakers with their claims",
  description: "Speakers are created when a claim names them. Newest first.",
  request: { query: ListSpeakersQuery },
  responses: { 200: jsonResponse(listOf(Speaker, "SpeakerList"), "A page of speakers"), ...pick(400) },
});

const getSpeaker = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getSpeaker",
  tags: ["Speakers"],
  ...asAnyone,
  summary: "Get a speaker with their claims",
  description: "The speaker and a summary of every claim attributed to them.",
  request: { params: IdParam },
  responses: { 200: jsonResponse(Speaker, "The speaker"), ...pick(404) },
});

export const speakerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listSpeakersRoute, async (c) => {
    const { q, limit, cursor } = c.req.valid("query");
    const rows = await listSpeakers(c.var.db, q, limit, cursorAfter(cursor));
    const base = baseUrl(c);
    return c.json(
      page(
        rows.map((row) => toSpeakerResource(row, base)),
        limit,
        (last) => ({ after: last.id }),
      ),
      200,
    );
  })
  .openapi(getSpeaker, async (c) => {
    const { id } = c.req.valid("param");
    const row = await findSpeaker(c.var.db, id);
    if (!row) throw new ApiError("speaker_not_found", `No speaker has id ${id}.`);
    return c.json(toSpeakerResource(row, baseUrl(c)), 200);
  });
