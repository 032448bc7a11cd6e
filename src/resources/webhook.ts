import type { z } from "@hono/zod-openapi";
import type { DeliveryListRow } from "../db/deliveries";
import type { WebhookRow } from "../db/schema";
import type { Delivery, DeliveryAttempt, Webhook } from "../schemas/webhooks";

export function toWebhookResource(row: WebhookRow, baseUrl: string, now: string): z.infer<typeof Webhook> {
  const self = `${baseUrl}/v1/webhooks/${row.id}`;
  const overlap = row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null;
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    filter: { claim_ids: row.filterClaimIds, speaker_ids: row.filterSpeakerIds, topics: row.filterTopics },
    active: row.active,
    disabled_reason: row.disabledReason === "gone" || row.disabledReason === "failing" ? row.disabledReason : null,
    previous_secret_expires_at: overlap,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    links: { self, deliveries: `${self}/deliveries` },
  };
}

export function toDeliveryResource(row: DeliveryListRow): z.infer<typeof Delivery> {
  const { delivery } = row;
  return {
    id: delivery.id,
    event_id: delivery.eventId,
    event_type: row.eventType,
    claim_id: delivery.claimId,
    outcome: delivery.state,
    next_attempt_at: delivery.state === "pending" ? delivery.nextAttemptAt : null,
    attempts: JSON.parse(row.attempts) as z.infer<typeof DeliveryAttempt>[],
    created_at: delivery.createdAt,
    updated_at: delivery.updatedAt,
  };
}
