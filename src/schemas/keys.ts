import { z } from "@hono/zod-openapi";
import { ROLES } from "../domain/api-keys";
import { TimestampOut, text } from "./common";

export const CreateKeyBody = z
  .strictObject({
    role: z.enum(ROLES),
    name: text(100).openapi({ example: "Desk laptop — Maria" }),
  })
  .openapi("CreateKey");

export const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    created_at: TimestampOut,
    revoked_at: z.string().nullable(),
  })
  .openapi("ApiKey");

export const CreatedApiKey = ApiKey.omit({ revoked_at: true })
  .extend({
    key: z.string().nullable().openapi({
      description: "The secret: shown in this response only. Null when an Idempotency-Key replays the creation.",
    }),
  })
  .openapi("CreatedApiKey");
