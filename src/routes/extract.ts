import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { claimsContainingAny } from "../db/claim-queries";
import { ApiError } from "../domain/errors";
import { extractClaims } from "../domain/extraction";
import { ftsPhrase } from "../domain/text";
import { trackedClaimIds } from "../domain/tracked";
import { jsonBody, jsonResponse, pick } from "../schemas/common";
import { ExtractBody, ExtractResult, MAX_CANDIDATES, MAX_EXTRACT_TEXT_BYTES } from "../schemas/extract";
import { asEditor } from "./security";

const extract = createRoute({
  method: "post",
  path: "/",
  summary: "Find the claims worth tracking in an article",
  description:
    "Returns the quoted statements in the text, best first, each with its speaker, any figure, a kind and a check-worthiness score, ready to POST to /v1/claims. Nothing is stored. Quotes already tracked carry `existing_claim_id`.",
  ...asEditor,
  request: { body: jsonBody(ExtractBody, "The article's plain text, and optionally its metadata") },
  responses: { 200: jsonResponse(ExtractResult, "Candidates, best first"), ...pick(400, 401, 403, 413, 415) },
});

export const extractRoutes = new OpenAPIHono<AppEnv>().openapi(extract, async (c) => {
  const { text, ...article } = c.req.valid("json");
  if (new TextEncoder().encode(text).byteLength > MAX_EXTRACT_TEXT_BYTES) {
    throw new ApiError("payload_too_large", `Article text is limited to ${MAX_EXTRACT_TEXT_BYTES} bytes.`);
  }
  const found = extractClaims(text);
  const candidates = found.slice(0, MAX_CANDIDATES);
  const phrases = [...new Set(candidates.map((candidate) => ftsPhrase(candidate.text)))].filter(
    (phrase): phrase is string => phrase !== null,
  );
  const tracked = phrases.length > 0 ? await claimsContainingAny(c.var.db, phrases) : [];
  const existing = trackedClaimIds(
    candidates.map((candidate) => candidate.text),
    tracked,
  );
  return c.json(
    {
      candidates: candidates.map((candidate, i) => ({ ...candidate, existing_claim_id: existing[i] ?? null })),
      truncated: found.length > candidates.length,
      article: article.url === undefined ? null : { ...article, url: article.url },
    },
    200,
  );
});
