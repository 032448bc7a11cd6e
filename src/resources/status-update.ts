import type { z } from "@hono/zod-openapi";
import type { StatusUpdateRow } from "../db/schema";
import type { StatusUpdate } from "../schemas/status-updates";

export function toStatusUpdateResource(row: StatusUpdateRow): z.infer<typeof StatusUpdate> {
  return {
    id: row.id,
    claim_id: row.claimId,
    status: row.status,
    note: row.note,
    evidence: row.evidence,
    author: { key_id: row.authorKeyId, name: row.authorName },
    created_at: row.createdAt,
    previous_status: row.previousStatus,
    prev_hash: row.prevHash,
    hash: row.hash,
  };
}
