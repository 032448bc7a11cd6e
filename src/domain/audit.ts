import type { AuditEventRow } from "../db/schema";
import { newId } from "./ids";
import type { Author } from "./timeline";

export const AUDIT_ACTIONS = [
  "key.created",
  "key.revoked",
  "webhook.created",
  "webhook.updated",
  "webhook.deleted",
  "webhook.secret_rotated",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One audit row: who did `action` to `targetId`, and what changed (never a secret). */
export function auditEvent(
  action: AuditAction,
  actor: Author,
  targetId: string,
  changes: Record<string, unknown>,
  now: string,
): AuditEventRow {
  return {
    id: newId("aud", Date.parse(now)),
    action,
    actorKeyId: actor.keyId,
    actorName: actor.name,
    targetId,
    changes,
    createdAt: now,
  };
}
