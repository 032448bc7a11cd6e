import { z } from "@hono/zod-openapi";
import { ROLES } from "../domain/api-keys";
import { Timestamp, TimestampOut, text } from "./common";

export const CreateKeyBody = z
  .strictObject({
    role: z.enum(ROLES),
    name: text(100).openapi({ example: "Desk laptop — Maria" }),
    expires_at: Timestamp.refine((iso) => iso > new Date().toISOString(), "must be in the future")
      .optional()
      .openapi({
        description: "After this instant the key is refused with 401. Omit it for a key that does not expire.",
        example: "2025-12-31T23:59:59.000Z",
      }),
  })
  .openapi("CreateKey");

const ExpiresAt = z
  .string()
  .nullable()
  .openapi({ format: "date-time", description: "When the key stops working; null: never." });

export const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    created_at: TimestampOut,
    expires_at: ExpiresAt,
    revoked_at: z.string().nullable(),
    last_used_at: z.string().nullable().openapi({
      format: "date-time",
      description:
        "When the key last authenticated, to within 5 minutes (it is written at most once per key every 5 minutes); null: never used.",
    }),
  })
  .openapi("ApiKey");

export const CreatedApiKey = ApiKey.omit({ revoked_at: true, last_used_at: true })
  .extend({
    key: z.string().nullable().openapi({
      description: "The secret: shown in this response only. Null when an Idempotency-Key replays the creation.",
    }),
  })
  .openapi("CreatedApiKey");
