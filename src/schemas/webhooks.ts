import { z } from "@hono/zod-openapi";
import { EVENT_TYPES } from "../domain/webhooks";
import { Topic } from "./claims";
import { ListQuery, TimestampOut } from "./common";

const EventTypes = z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .max(EVENT_TYPES.length)
  .transform((types) => [...new Set(types)])
  .openapi({
    description: "Event types to receive; leave out (or null in a PATCH) for all.",
    example: ["claim.status_changed"],
  });

const Ids = (prefix: string) =>
  z
    .array(z.string().regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), `an id starting with ${prefix}_`))
    .min(1)
    .max(100);

export const WebhookFilter = z
  .strictObject({
    claim_ids: Ids("clm").optional(),
    speaker_ids: Ids("spk").optional(),
    topics: z.array(Topic).min(1).max(20).optional(),
  })
  .openapi("WebhookFilter", {
    description: "Each list set must match (any of its values); lists left out match everything.",
    example: { topics: ["gaza"] },
  });

const WebhookUrl = z.string().trim().min(1).max(2048).openapi({
  format: "uri",
  example: "https://hooks.newsroom.example/claimtrail",
  description: "https, a public host name, the default port, no credentials (checked against SSRF).",
});

export const CreateWebhookBody = z
  .strictObject({
    url: WebhookUrl,
    events: EventTypes.optional(),
    filter: WebhookFilter.optional(),
    active: z.boolean().default(true),
  })
  .openapi("CreateWebhook");

export const PatchWebhookBody = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: EventTypes.nullable().optional(),
    filter: WebhookFilter.nullable().optional(),
    active: z
      .boolean()
      .optional()
      .openapi({ description: "true also re-enables a subscription the service disabled." }),
  })
  .refine((patch) => Object.keys(patch).length > 0, "give at least one field to change")
  .openapi("PatchWebhook");

export const Webhook = z
  .object({
    id: z.string().openapi({ example: "whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }),
    url: z.string(),
    events: z.array(z.string()).nullable().openapi({ description: "null: every event type." }),
    filter: z.object({
      claim_ids: z.array(z.string()).nullable(),
      speaker_ids: z.array(z.string()).nullable(),
      topics: z.array(z.string()).nullable(),
    }),
    active: z.boolean(),
    disabled_reason: z
      .enum(["gone", "failing"])
      .nullable()
      .openapi({ description: "Why the service switched it off: `gone` (answered 410) or `failing` (3 days)." }),
    previous_secret_expires_at: TimestampOut.nullable().openapi({
      description: "After a rotation, the old secret also signs until then.",
    }),
    created_at: TimestampOut,
    updated_at: TimestampOut,
    links: z.object({ self: z.string(), deliveries: z.string() }),
  })
  .openapi("Webhook");

export const CreatedWebhook = Webhook.extend({
  secret: z.string().nullable().openapi({
    description: "The `whsec_` signing secret: in this response only. Null when an Idempotency-Key replays it.",
  }),
}).openapi("CreatedWebhook");

export const RotatedSecret = z
  .object({
    secret: z.string().openapi({ description: "The new `whsec_` secret: in this response only." }),
    previous_secret_expires_at: TimestampOut,
  })
  .openapi("RotatedSecret");

export const DELIVERY_OUTCOMES = ["pending", "succeeded", "failed"] as const;

export const DeliveryAttempt = z
  .object({
    number: z.number().int(),
    attempted_at: TimestampOut,
    response_status: z.number().int().nullable(),
    duration_ms: z.number().int(),
    error: z.string().nullable(),
    response_excerpt: z.string().nullable().openapi({ description: "The first 500 characters of the answer." }),
    next_attempt_at: TimestampOut.nullable(),
  })
  .openapi("DeliveryAttempt");

export const Delivery = z
  .object({
    id: z.string().openapi({ description: "Sent as `webhook-id`, the same on every attempt." }),
    event_id: z.string(),
    event_type: z.string(),
    claim_id: z.string().nullable(),
    outcome: z.enum(DELIVERY_OUTCOMES),
    next_attempt_at: TimestampOut.nullable().openapi({
      description: "When the next attempt is due; null when finished or waiting for an earlier delivery.",
    }),
    attempts: z.array(DeliveryAttempt),
    created_at: TimestampOut,
    updated_at: TimestampOut,
  })
  .openapi("Delivery");

export const ListDeliveriesQuery = ListQuery.extend({
  outcome: z.enum(DELIVERY_OUTCOMES).optional(),
});
