import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { candidatesIn } from "../reads/candidates";
import { jsonBody, jsonResponse, pick } from "../schemas/common";
import { ExtractBody, ExtractResult } from "../schemas/extract";
import { extractsAsEditor } from "./security";

const extract = createRoute({
  method: "post",
  path: "/",
  operationId: "extractClaims",
  tags: ["Extraction"],
  summary: "Find the claims worth tracking in an article",
  description:
    "Returns the quoted statements in the text, best first, each with its speaker, any figure, a kind and a check-worthiness score, ready to POST to /v1/claims. Nothing is stored. Quotes already tracked carry `existing_claim_id`.",
  ...extractsAsEditor,
  request: { body: jsonBody(ExtractBody, "The article's plain text, and optionally its metadata") },
  responses: { 200: jsonResponse(ExtractResult, "Candidates, best first"), ...pick(400, 401, 403, 413, 415, 429) },
});

export const extractRoutes = new OpenAPIHono<AppEnv>().openapi(extract, async (c) => {
  const { text, ...article } = c.req.valid("json");
  return c.json(
    {
      ...(await candidatesIn(c.var.db, text)),
      article: article.url === undefined ? null : { ...article, url: article.url },
    },
    200,
  );
});
