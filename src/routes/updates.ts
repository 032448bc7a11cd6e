import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { findStatusUpdate, timelinePage, wholeTimeline } from "../db/status-updates";
import { cursorAfter, page } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { versionsFromIfMatch } from "../domain/etag";
import { verifyChain } from "../domain/hash-chain";
import { postStatusUpdate } from "../http/claim-writes";
import { toStatusUpdateResource } from "../resources/status-update";
import { ChainReport } from "../schemas/chain";
import { IdParam, jsonBody, jsonResponse, ListQuery, listOf, pathId, pick } from "../schemas/common";
import { CreateStatusUpdateBody, StatusUpdate } from "../schemas/status-updates";
import { asAnyone, createsAsEditor } from "./security";

const UpdateParams = IdParam.extend({ update_id: pathId("update_id") });

const postUpdate = createRoute({
  method: "post",
  path: "/{id}/updates",
  operationId: "createStatusUpdate",
  tags: ["Timeline"],
  summary: "Post a status update",
  description:
    "Appends to the claim's timeline and sets its status. The status must be on the claim's scale (422 otherwise). Honours `If-Match` with the claim's ETag and accepts `Idempotency-Key`.",
  ...createsAsEditor,
  request: {
    params: IdParam,
    headers: z.object({ "if-match": z.string().optional() }),
    body: jsonBody(CreateStatusUpdateBody, "The update"),
  },
  responses: {
    201: {
      ...jsonResponse(StatusUpdate, "Appended"),
      headers: {
        Location: { schema: { type: "string" } },
        "Claim-ETag": {
          schema: { type: "string" },
          description: "The claim's ETag after this update: send it as If-Match on the next write.",
        },
      },
    },
    ...pick(400, 401, 403, 404, 412, 413, 415, 422, 429, 503),
  },
});

const listUpdates = createRoute({
  method: "get",
  path: "/{id}/updates",
  operationId: "listStatusUpdates",
  tags: ["Timeline"],
  ...asAnyone,
  summary: "The claim's timeline",
  description: "Every status update, oldest first. Each entry's `hash` chains to the one before (see README).",
  request: { params: IdParam, query: ListQuery },
  responses: { 200: jsonResponse(listOf(StatusUpdate, "Timeline"), "A page of the timeline"), ...pick(400, 404) },
});

const getUpdate = createRoute({
  method: "get",
  path: "/{id}/updates/{update_id}",
  operationId: "getStatusUpdate",
  tags: ["Timeline"],
  ...asAnyone,
  summary: "One status update",
  description: "One entry of a claim's timeline, with its `seq`, `prev_hash` and `hash`.",
  request: { params: UpdateParams },
  responses: { 200: jsonResponse(StatusUpdate, "The update"), ...pick(404) },
});

const verifyChainRoute = createRoute({
  method: "get",
  path: "/{id}/chain",
  operationId: "verifyChain",
  tags: ["Timeline"],
  ...asAnyone,
  summary: "Verify the claim's hash chain",
  description:
    "Recomputes every entry's hash from the stored timeline, as the README defines it, and reports the first entry that breaks the chain. Anyone can run the same check from `GET /v1/claims/{id}/updates` alone (`scripts/verify-chain.mjs`).",
  request: { params: IdParam },
  responses: { 200: jsonResponse(ChainReport, "The verification result"), ...pick(404) },
});

/** Timeline cursors continue after a position in the timeline. */
function seqFromCursor(raw: string | undefined): number {
  const seq = Number(cursorAfter(raw) ?? 0);
  if (!Number.isSafeInteger(seq)) throw new ApiError("invalid_cursor", "This cursor belongs to a different listing.");
  return seq;
}

export const updateRoutes = new OpenAPIHono<AppEnv>()
  .openapi(postUpdate, async (c) => {
    const { id } = c.req.valid("param");
    const ifMatch = versionsFromIfMatch(c.req.valid("header")["if-match"]);
    const reply = await postStatusUpdate(c, id, c.req.valid("json"), ifMatch);
    return c.json(reply.body, 201, reply.headers);
  })
  .openapi(listUpdates, async (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const rows = await timelinePage(c.var.db, id, limit, seqFromCursor(cursor));
    if (!rows) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
    const result = page(rows, limit, (last) => ({ after: String(last.seq) }));
    return c.json({ data: result.data.map(toStatusUpdateResource), next_cursor: result.next_cursor }, 200);
  })
  .openapi(getUpdate, async (c) => {
    const { id, update_id: updateId } = c.req.valid("param");
    const row = await findStatusUpdate(c.var.db, id, updateId);
    if (!row) throw new ApiError("not_found", `Claim ${id} has no status update ${updateId}.`);
    return c.json(toStatusUpdateResource(row), 200);
  })
  .openapi(verifyChainRoute, async (c) => {
    const { id } = c.req.valid("param");
    const timeline = await wholeTimeline(c.var.db, id);
    if (!timeline) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
    return c.json({ claim_id: id, ...(await verifyChain(id, timeline)) }, 200, { "Cache-Control": "no-cache" });
  });
