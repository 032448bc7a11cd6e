import { z } from "@hono/zod-openapi";
import { AUDIT_ACTIONS } from "../domain/audit";
import { ListQuery, TimestampOut } from "./common";

export const AuditQuery = ListQuery.extend({
  target_id: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: "Only changes to this key or subscription.", example: "whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }),
  action: z.enum(AUDIT_ACTIONS).optional().openapi({ description: "Only this kind of change." }),
});

export const AuditEvent = z
  .object({
    id: z.string().openapi({ example: "aud_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }),
    action: z.enum(AUDIT_ACTIONS),
    actor: z
      .object({
        key_id: z.string().nullable().openapi({ description: "null: the ADMIN_TOKEN." }),
        name: z.string(),
      })
      .openapi({
        description:
          'Who made the change: a stored key (through the API or the desk), the ADMIN_TOKEN, or the service itself (`{"key_id": null, "name": "Claimtrail"}`, when it switches off a failing subscription).',
      }),
    target_id: z.string().openapi({ description: "The key (`key_…`) or subscription (`whk_…`) changed." }),
    changes: z.record(z.string(), z.unknown()).openapi({
      description:
        "What changed: the new name, role and expiry of a key; the fields sent to create or change a subscription; `active` and `disabled_reason` when the service switches one off. Never a secret.",
      example: { name: "Desk laptop — Maria", role: "editor", expires_at: null },
    }),
    created_at: TimestampOut,
  })
  .openapi("AuditEvent");
