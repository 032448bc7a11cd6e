import type { z } from "@hono/zod-openapi";
import type { EventRow, WebhookRow } from "../db/schema";
import type { CreateWebhookBody, PatchWebhookBody } from "../schemas/webhooks";
import { ApiError } from "./errors";
import { newId } from "./ids";
import { webhookUrlProblem } from "./webhook-url";
import { newSigningSecret, ROTATION_OVERLAP_MS } from "./webhooks";

type Filter = z.output<typeof CreateWebhookBody>["filter"] | null;

/** SSRF guard (domain/webhook-url.ts) as a 422 naming the field and the reason. */
function assertWebhookUrl(url: string, allowPrivate: boolean): void {
  const problem = webhookUrlProblem(url, allowPrivate);
  if (problem) {
    throw new ApiError("url_not_allowed", `This URL cannot receive webhooks: it ${problem}.`, {
      errors: [{ path: "url", message: problem }],
    });
  }
}

function filterColumns(filter: Filter) {
  return {
    filterClaimIds: filter?.claim_ids ?? null,
    filterSpeakerIds: filter?.speaker_ids ?? null,
    filterTopics: filter?.topics ?? null,
  };
}

/** A new subscription, with a fresh signing secret. */
export function newWebhookRow(
  input: z.output<typeof CreateWebhookBody>,
  allowPrivate: boolean,
  now: string,
): WebhookRow {
  assertWebhookUrl(input.url, allowPrivate);
  return {
    id: newId("whk", Date.parse(now)),
    url: input.url,
    events: input.events ?? null,
    ...filterColumns(input.filter),
    active: input.active,
    disabledReason: null,
    secret: newSigningSecret(),
    previousSecret: null,
    previousSecretExpiresAt: null,
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The columns a PATCH sets. Switching a subscription on clears why it was off and its failures. */
export function patchedWebhook(
  patch: z.output<typeof PatchWebhookBody>,
  allowPrivate: boolean,
  now: string,
): Partial<WebhookRow> {
  if (patch.url !== undefined) assertWebhookUrl(patch.url, allowPrivate);
  return {
    ...(patch.url !== undefined ? { url: patch.url } : {}),
    ...(patch.events !== undefined ? { events: patch.events } : {}),
    ...(patch.filter !== undefined ? filterColumns(patch.filter) : {}),
    ...(patch.active !== undefined ? { active: patch.active, disabledReason: null, failingSince: null } : {}),
    updatedAt: now,
  };
}

/** A new secret; the old one keeps signing for the overlap (receivers verify against either). */
export function rotatedSecret(current: Pick<WebhookRow, "secret">, now: string): Partial<WebhookRow> {
  return {
    secret: newSigningSecret(),
    previousSecret: current.secret,
    previousSecretExpiresAt: new Date(Date.parse(now) + ROTATION_OVERLAP_MS).toISOString(),
    updatedAt: now,
  };
}

/** `POST /v1/webhooks/{id}/test`: an event for that one subscription, marked fanned out from the start. */
export function testEvent(webhook: Pick<WebhookRow, "id" | "url">, now: string): EventRow {
  const type = "webhook.test";
  const data = { webhook: { id: webhook.id, url: webhook.url }, message: "A test event from Claimtrail." };
  return {
    id: newId("evt", Date.parse(now)),
    type,
    claimId: null,
    claimVersion: null,
    payload: JSON.stringify({ type, timestamp: now, data }),
    createdAt: now,
    fannedOutAt: now,
    resentAt: null,
  };
}
