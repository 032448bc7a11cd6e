import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { listApiKeys, revokeApiKey } from "../db/api-keys";
import type { ApiKeyRow } from "../db/schema";
import { cursorAfter, page } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { IdParam, jsonBody, jsonResponse, ListQuery, listOf, pick } from "../schemas/common";
import { ApiKey, CreatedApiKey, CreateKeyBody } from "../schemas/keys";
import { create } from "../writes/create";
import { planCreateKey } from "../writes/create-key";
import { asAdmin, createsAsAdmin } from "./security";

const createKey = createRoute({
  method: "post",
  path: "/",
  operationId: "createKey",
  tags: ["API keys"],
  summary: "Create an API key",
  description:
    "The `key` is in this response only; Claimtrail keeps just its SHA-256. A replay through `Idempotency-Key` answers the same key id with `key: null`. An `expires_at` must be in the future (400 otherwise); after it the key is refused with 401. Recorded in the audit trail as `key.created`.",
  ...createsAsAdmin,
  request: { body: jsonBody(CreateKeyBody, "Role, a name to recognise the key by, and when it expires") },
  responses: { 201: jsonResponse(CreatedApiKey, "Created"), ...pick(400, 401, 403, 409, 413, 415, 422, 429) },
});

const listKeys = createRoute({
  method: "get",
  path: "/",
  operationId: "listKeys",
  tags: ["API keys"],
  summary: "List API keys",
  description:
    "Newest first, revoked and expired ones included (with `revoked_at`, `expires_at`), each with when it was last used (`last_used_at`, to within 5 minutes). Secrets are never shown again.",
  ...asAdmin,
  request: { query: ListQuery },
  responses: { 200: jsonResponse(listOf(ApiKey, "ApiKeyList"), "A page of keys"), ...pick(400, 401, 403, 429) },
});

const revokeKey = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "revokeKey",
  tags: ["API keys"],
  summary: "Revoke an API key",
  description:
    "The key stops working at once. Revoking a revoked key again is not an error. Recorded in the audit trail as `key.revoked`.",
  ...asAdmin,
  request: { params: IdParam },
  responses: { 204: { description: "Revoked" }, ...pick(401, 403, 404, 429) },
});

function toApiKeyResource(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    created_at: row.createdAt,
    expires_at: row.expiresAt,
    revoked_at: row.revokedAt,
    last_used_at: row.lastUsedAt,
  };
}

export const keyRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createKey, async (c) => {
    const input = c.req.valid("json");
    const { reply } = await create(c.var.db, c.var.idempotency, () => planCreateKey(c.var.db, input, c.var.principal));
    return c.json(reply.body, 201, reply.headers);
  })
  .openapi(listKeys, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const rows = await listApiKeys(c.var.db, limit, cursorAfter(cursor));
    return c.json(
      page(rows.map(toApiKeyResource), limit, (last) => ({ after: last.id })),
      200,
    );
  })
  .openapi(revokeKey, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await revokeApiKey(c.var.db, id, new Date().toISOString(), c.var.principal))) {
      throw new ApiError("key_not_found", `No API key has id ${id}.`);
    }
    return c.body(null, 204);
  });
