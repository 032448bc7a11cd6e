import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Role } from "../domain/api-keys";
import type { AuditAction } from "../domain/audit";
import type { Qualifier } from "../domain/quantity";
import type { ClaimKind } from "../domain/statuses";
import type { Evidence } from "../schemas/status-updates";

export const articles = sqliteTable("articles", {
  id: text().primaryKey(),
  /** Canonical form (see domain/canonical-url.ts): one article per URL. */
  url: text().notNull().unique(),
  title: text(),
  publisher: text(),
  publishedAt: text("published_at"),
  createdAt: text("created_at").notNull(),
});

export const speakers = sqliteTable("speakers", {
  id: text().primaryKey(),
  name: text().notNull(),
  /** comparisonKey(name): how a speaker given inline by name is found again. */
  nameKey: text("name_key").notNull().unique(),
  title: text(),
  createdAt: text("created_at").notNull(),
});

export const claims = sqliteTable(
  "claims",
  {
    /** Stable integer key for the FTS5 index (plain rowids may be renumbered by VACUUM). */
    rowId: integer("row_id").primaryKey({ autoIncrement: true }),
    id: text().notNull().unique(),
    text: text().notNull(),
    summary: text(),
    kind: text().$type<ClaimKind>().notNull(),
    speakerId: text("speaker_id")
      .notNull()
      .references(() => speakers.id),
    claimedAt: text("claimed_at"),
    language: text().notNull(),
    quantityValue: real("quantity_value"),
    quantityUnit: text("quantity_unit"),
    quantityQualifier: text("quantity_qualifier").$type<Qualifier>(),
    /** Only with the qualifier `between`: the range's ends (`quantity_value` is its midpoint). */
    quantityLow: real("quantity_low"),
    quantityHigh: real("quantity_high"),
    reviewDue: text("review_due"),
    /** The published fact-check this claim was imported from (ClaimReview `url`): one claim per review. */
    sourceUrl: text("source_url").unique(),
    /** Copy of the newest timeline entry's status, kept in the same batch, so lists can filter on it. */
    status: text().notNull(),
    statusUpdatedAt: text("status_updated_at").notNull(),
    version: integer().notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  // Lists read claims newest first through these (src/db/claim-pages.ts names each one). After a
  // filtered column comes id, so one value's claims are in id order; the columns after id let other
  // filters be checked inside the index, without reading the row.
  (t) => [
    index("claims_status_idx").on(t.status, t.id, t.statusUpdatedAt, t.reviewDue),
    index("claims_kind_idx").on(t.kind, t.id),
    index("claims_speaker_idx").on(t.speakerId, t.id),
    index("claims_updated_at_idx").on(t.updatedAt, t.id),
    index("claims_review_due_idx").on(t.reviewDue),
    index("claims_review_due_newest_idx").on(t.id, t.reviewDue).where(sql`${t.reviewDue} is not null`),
  ],
);

export const claimTopics = sqliteTable(
  "claim_topics",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    topic: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.topic] }), index("claim_topics_topic_idx").on(t.topic, t.claimId)],
);

export const claimAppearances = sqliteTable(
  "claim_appearances",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id),
    quoteContext: text("quote_context"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.articleId] }), index("claim_appearances_article_idx").on(t.articleId)],
);

/**
 * Append-only, and each row hashes its predecessor: triggers in the migrations refuse UPDATE,
 * DELETE, and any INSERT that is not the claim's head seq + 1 carrying the head's hash.
 */
export const statusUpdates = sqliteTable(
  "status_updates",
  {
    id: text().primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    /** Position in the claim's timeline, from 1; unique so two writers cannot both extend one head. */
    seq: integer().notNull(),
    status: text().notNull(),
    previousStatus: text("previous_status"),
    note: text(),
    evidence: text({ mode: "json" }).$type<Evidence[]>().notNull(),
    authorKeyId: text("author_key_id"),
    authorName: text("author_name").notNull(),
    createdAt: text("created_at").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex("status_updates_claim_seq_idx").on(t.claimId, t.seq),
    index("status_updates_created_idx").on(t.createdAt),
  ],
);

export const apiKeys = sqliteTable("api_keys", {
  id: text().primaryKey(),
  name: text().notNull(),
  role: text().$type<Role>().notNull(),
  /** SHA-256 of the whole key string; the key itself is never stored. */
  secretHash: text("secret_hash").notNull(),
  createdAt: text("created_at").notNull(),
  revokedAt: text("revoked_at"),
  /** After this instant the key is refused (401); null: it never expires. */
  expiresAt: text("expires_at"),
  /** Coarse: written at most once per key every few minutes (src/middleware/last-used.ts). */
  lastUsedAt: text("last_used_at"),
});

/**
 * Who changed which key or webhook subscription, and how: one row per change, written in the same
 * batch as the change itself. `changes` never holds a secret.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: text().primaryKey(),
    action: text().$type<AuditAction>().notNull(),
    /** The acting key; null for the ADMIN_TOKEN. */
    actorKeyId: text("actor_key_id"),
    actorName: text("actor_name").notNull(),
    targetId: text("target_id").notNull(),
    changes: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("audit_events_target_idx").on(t.targetId, t.id), index("audit_events_action_idx").on(t.action, t.id)],
);

export const idempotencyRecords = sqliteTable(
  "idempotency_records",
  {
    /** Who sent it (key id, or "admin_token") and their Idempotency-Key: keys are per credential. */
    principal: text().notNull(),
    key: text().notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer().notNull(),
    body: text().notNull(),
    headers: text({ mode: "json" }).$type<Record<string, string>>().notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] }), index("idempotency_expires_idx").on(t.expiresAt)],
);

export type ArticleRow = typeof articles.$inferSelect;
export type SpeakerRow = typeof speakers.$inferSelect;
/** A claim as the API sees it: `row_id` only keys the full-text index. */
export type ClaimRow = Omit<typeof claims.$inferSelect, "rowId">;
export type ClaimTopicRow = typeof claimTopics.$inferSelect;
export type AppearanceRow = typeof claimAppearances.$inferSelect;
export type StatusUpdateRow = typeof statusUpdates.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type IdempotencyRecord = typeof idempotencyRecords.$inferSelect;

/** Webhook subscriptions. The signing secret is kept (it signs every delivery) and never listed. */
export const webhooks = sqliteTable("webhooks", {
  id: text().primaryKey(),
  url: text().notNull(),
  /** Event types to send; null sends every type. */
  events: text({ mode: "json" }).$type<string[]>(),
  filterClaimIds: text("filter_claim_ids", { mode: "json" }).$type<string[]>(),
  filterSpeakerIds: text("filter_speaker_ids", { mode: "json" }).$type<string[]>(),
  filterTopics: text("filter_topics", { mode: "json" }).$type<string[]>(),
  active: integer({ mode: "boolean" }).notNull(),
  /** Why the service turned it off: `gone` (410) or `failing` (3 days of failures); null when on. */
  disabledReason: text("disabled_reason"),
  secret: text().notNull(),
  /** After a rotation the old secret also signs, until it expires (Standard Webhooks allows several). */
  previousSecret: text("previous_secret"),
  previousSecretExpiresAt: text("previous_secret_expires_at"),
  /** Start of the current run of failed attempts; null after any success. */
  failingSince: text("failing_since"),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

/**
 * The transactional outbox: one row per event, written in the same batch as the change it reports.
 * `fanned_out_at` is set once its deliveries exist; the minute cron re-sends rows still without it.
 */
export const events = sqliteTable(
  "events",
  {
    id: text().primaryKey(),
    type: text().notNull(),
    claimId: text("claim_id"),
    /** The claim's version after the change: per claim, events are ordered by it. */
    claimVersion: integer("claim_version"),
    /** `{type, timestamp, data}` exactly as delivered. */
    payload: text().notNull(),
    createdAt: text("created_at").notNull(),
    fannedOutAt: text("fanned_out_at"),
    resentAt: text("resent_at"),
  },
  (t) => [index("events_pending_idx").on(t.fannedOutAt, t.createdAt)],
);

/** One event for one subscription. Its id is the `webhook-id` header, the same on every attempt. */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text().primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id),
    claimId: text("claim_id"),
    claimVersion: integer("claim_version"),
    /** `pending` (due at next_attempt_at, or waiting for an earlier delivery), `succeeded`, `failed`. */
    state: text().$type<"pending" | "succeeded" | "failed">().notNull(),
    attempts: integer().notNull(),
    nextAttemptAt: text("next_attempt_at"),
    /** Set while an attempt is in flight, so the queue and the cron never send it twice at once. */
    leaseUntil: text("lease_until"),
    firstAttemptAt: text("first_attempt_at"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("deliveries_event_webhook_idx").on(t.eventId, t.webhookId),
    index("deliveries_webhook_idx").on(t.webhookId, t.id),
    index("deliveries_order_idx").on(t.webhookId, t.claimId, t.claimVersion),
    index("deliveries_due_idx").on(t.state, t.nextAttemptAt),
  ],
);

/** Every attempt of a delivery, for the delivery log. */
export const deliveryAttempts = sqliteTable(
  "delivery_attempts",
  {
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => deliveries.id),
    number: integer().notNull(),
    attemptedAt: text("attempted_at").notNull(),
    /** HTTP status, or null when no response came (timeout, DNS, connection). */
    responseStatus: integer("response_status"),
    durationMs: integer("duration_ms").notNull(),
    error: text(),
    responseExcerpt: text("response_excerpt"),
    nextAttemptAt: text("next_attempt_at"),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.number] })],
);

export type WebhookRow = typeof webhooks.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryAttemptRow = typeof deliveryAttempts.$inferSelect;

/**
 * Desk sessions: an API key exchanged for a cookie. Only the SHA-256 of the cookie's secret is
 * stored; a session ends at `expires_at`, when signed out, or when its key is revoked.
 */
export const deskSessions = sqliteTable(
  "desk_sessions",
  {
    secretHash: text("secret_hash").primaryKey(),
    /** The key signed in with; null for the ADMIN_TOKEN. */
    keyId: text("key_id").references(() => apiKeys.id),
    name: text().notNull(),
    role: text().$type<Role>().notNull(),
    /** Echoed in every form; a POST without it is refused (CSRF). */
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("desk_sessions_expires_idx").on(t.expiresAt)],
);

export type DeskSessionRow = typeof deskSessions.$inferSelect;

/** `claim.review_due` sent, once per claim and due date (the daily cron's memory). */
export const reviewNotices = sqliteTable(
  "review_notices",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    dueDate: text("due_date").notNull(),
    eventId: text("event_id").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.dueDate] })],
);
