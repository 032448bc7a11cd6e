import type { z } from "@hono/zod-openapi";
import { insertApiKey } from "../db/api-keys";
import { insertAuditEvent } from "../db/audit";
import type { Db } from "../db/client";
import { newApiKey } from "../domain/api-keys";
import { auditEvent } from "../domain/audit";
import type { Author } from "../domain/timeline";
import type { CreatedApiKey, CreateKeyBody } from "../schemas/keys";
import type { CreatePlan } from "./create";

/**
 * POST /v1/keys (and the desk's keys page), audited in the same batch. The secret is in this reply
 * only: a replay through Idempotency-Key answers the same key id with `key: null`, and no response
 * holding it may be cached anywhere.
 */
export async function planCreateKey(
  db: Db,
  input: z.output<typeof CreateKeyBody>,
  actor: Author,
): Promise<CreatePlan<z.infer<typeof CreatedApiKey>>> {
  const now = new Date().toISOString();
  const expiresAt = input.expires_at ?? null;
  const { row, key } = await newApiKey(input.role, input.name, now, expiresAt);
  const shown = { id: row.id, name: row.name, role: row.role, created_at: row.createdAt, expires_at: expiresAt };
  const audited = auditEvent(
    "key.created",
    actor,
    row.id,
    { name: row.name, role: row.role, expires_at: expiresAt },
    now,
  );
  return {
    statements: [insertApiKey(db, row), insertAuditEvent(db, audited)],
    reply: { status: 201, body: { ...shown, key }, headers: { "Cache-Control": "no-store" } },
    replayBody: { ...shown, key: null },
  };
}
