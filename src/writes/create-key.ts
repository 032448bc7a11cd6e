import type { z } from "@hono/zod-openapi";
import { insertApiKey } from "../db/api-keys";
import type { Db } from "../db/client";
import { newApiKey, type Role } from "../domain/api-keys";
import type { CreatedApiKey } from "../schemas/keys";
import type { CreatePlan } from "./create";

/**
 * POST /v1/keys. The secret is in this reply only: a replay through Idempotency-Key answers the
 * same key id with `key: null`, and no response holding it may be cached anywhere.
 */
export async function planCreateKey(
  db: Db,
  input: { role: Role; name: string },
): Promise<CreatePlan<z.infer<typeof CreatedApiKey>>> {
  const { row, key } = await newApiKey(input.role, input.name, new Date().toISOString());
  const shown = { id: row.id, name: row.name, role: row.role, created_at: row.createdAt };
  return {
    statements: [insertApiKey(db, row)],
    reply: { status: 201, body: { ...shown, key }, headers: { "Cache-Control": "no-store" } },
    replayBody: { ...shown, key: null },
  };
}
