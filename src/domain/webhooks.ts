import { Webhook } from "standardwebhooks";
import type { DeliveryRow, WebhookRow } from "../db/schema";
import { toBase64 } from "./base64url";

/** The events a subscription can ask for (SPEC.md). */
export const EVENT_TYPES = [
  "claim.created",
  "claim.updated",
  "claim.status_changed",
  "claim.review_due",
  "webhook.test",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A new signing secret: `whsec_` and 32 random bytes in base64, the Standard Webhooks format. */
export function newSigningSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** After a rotation the old secret keeps signing this long, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** The secrets that sign now: the current one, and the previous one until its overlap ends. */
export function signingSecrets(
  webhook: Pick<WebhookRow, "secret" | "previousSecret" | "previousSecretExpiresAt">,
  now: string,
): string[] {
  const previous =
    webhook.previousSecret && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now
      ? [webhook.previousSecret]
      : [];
  return [webhook.secret, ...previous];
}

/**
 * Standard Webhooks v1 headers, signed with the standardwebhooks package. With two secrets (during
 * a rotation) `webhook-signature` carries both signatures, space-separated, as the spec allows.
 */
export function signedHeaders(secrets: string[], deliveryId: string, at: Date, body: string): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(deliveryId, at, body));
  return {
    "webhook-id": deliveryId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/** What an event says about the claim it concerns, for subscription filters. */
export interface EventSubject {
  type: string;
  claimId: string | null;
  speakerId: string | null;
  topics: readonly string[];
}

type Filter = Pick<WebhookRow, "events" | "filterClaimIds" | "filterSpeakerIds" | "filterTopics">;

/**
 * Whether a subscription wants an event: its type is among `events` (or `events` is unset), and
 * each filter that is set matches (any of its values). `webhook.test` goes only where it is sent.
 */
export function wants(webhook: Filter, event: EventSubject): boolean {
  if (event.type === "webhook.test") return false;
  if (webhook.events && !webhook.events.includes(event.type)) return false;
  if (webhook.filterClaimIds && !(event.claimId && webhook.filterClaimIds.includes(event.claimId))) return false;
  if (webhook.filterSpeakerIds && !(event.speakerId && webhook.filterSpeakerIds.includes(event.speakerId))) {
    return false;
  }
  if (webhook.filterTopics && !webhook.filterTopics.some((topic) => event.topics.includes(topic))) return false;
  return true;
}

/** SPEC.md's retry delays: about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then daily, for 3 days. */
export const RETRY_DELAYS_S = [5, 300, 1800, 7200, 18000, 36000] as const;
const DAY_S = 86400;
/** A delivery, and a subscription, that has failed for this long is given up on. */
export const GIVE_UP_AFTER_MS = 3 * DAY_S * 1000;

/**
 * When to try again after the `attempts`-th failed attempt, or null to give up (3 days after the
 * first attempt). Jitter of ±20 % keeps many failing deliveries from retrying in lockstep. A retry
 * that would fall after the three days is made at the three-day mark instead of being skipped: the
 * receiver gets the whole three days, and a subscription that failed all along is then switched off.
 */
export function nextAttemptAt(
  attempts: number,
  firstAttemptAt: string,
  now: Date,
  random = Math.random(),
): string | null {
  const giveUpAt = Date.parse(firstAttemptAt) + GIVE_UP_AFTER_MS;
  if (now.getTime() >= giveUpAt) return null;
  const delayS = RETRY_DELAYS_S[attempts - 1] ?? DAY_S;
  const at = now.getTime() + delayS * 1000 * (0.8 + 0.4 * random);
  return new Date(Math.min(at, giveUpAt)).toISOString();
}

/** What an attempt's answer means: only 2xx delivers; 410 Gone ends the subscription at once. */
export function outcomeOf(status: number | null): "delivered" | "gone" | "failed" {
  if (status !== null && status >= 200 && status < 300) return "delivered";
  return status === 410 ? "gone" : "failed";
}

export type DeliveryState = DeliveryRow["state"];
