import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { listAuditEvents } from "../db/audit";
import type { AuditEventRow } from "../db/schema";
import { cursorAfter, page } from "../domain/cursor";
import { AuditEvent, AuditQuery } from "../schemas/audit";
import { jsonResponse, listOf, pick } from "../schemas/common";
import { asAdmin } from "./security";

const listAudit = createRoute({
  method: "get",
  path: "/",
  operationId: "listAuditEvents",
  tags: ["Audit"],
  summary: "The audit trail",
  description:
    "Every change to API keys and webhook subscriptions (who, what, when), newest first. Each is written in the same transaction as the change, and the trail cannot be edited. Filter with `target_id` and `action`.",
  ...asAdmin,
  request: { query: AuditQuery },
  responses: { 200: jsonResponse(listOf(AuditEvent, "AuditEventList"), "A page of changes"), ...pick(400, 401, 403) },
});

function toAuditResource(row: AuditEventRow): z.infer<typeof AuditEvent> {
  return {
    id: row.id,
    action: row.action,
    actor: { key_id: row.actorKeyId, name: row.actorName },
    target_id: row.targetId,
    changes: row.changes,
    created_at: row.createdAt,
  };
}

export const auditRoutes = new OpenAPIHono<AppEnv>().openapi(listAudit, async (c) => {
  const { limit, cursor, target_id: targetId, action } = c.req.valid("query");
  const rows = await listAuditEvents(c.var.db, { targetId, action }, limit, cursorAfter(cursor));
  return c.json(
    page(rows.map(toAuditResource), limit, (last) => ({ after: last.id })),
    200,
  );
});
