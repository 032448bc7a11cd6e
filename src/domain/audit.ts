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
  "webhook.disabled",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The actor of what the service does on its own, such as switching off a failing subscription. */
export const SERVICE_ACTOR: Author = { keyId: null, name: "Claimtrail" };

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
