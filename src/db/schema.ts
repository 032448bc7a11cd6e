import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Role } from "../domain/api-keys";
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
    reviewDue: text("review_due"),
    /** Copy of the newest timeline entry's status, kept in the same batch, so lists can filter on it. */
    status: text().notNull(),
    statusUpdatedAt: text("status_updated_at").notNull(),
    version: integer().notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("claims_status_idx").on(t.status, t.id),
    index("claims_kind_idx").on(t.kind, t.id),
    index("claims_speaker_idx").on(t.speakerId, t.id),
    index("claims_updated_at_idx").on(t.updatedAt),
    index("claims_review_due_idx").on(t.reviewDue),
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
  (t) => [uniqueIndex("status_updates_claim_seq_idx").on(t.claimId, t.seq)],
);

export const apiKeys = sqliteTable("api_keys", {
  id: text().primaryKey(),
  name: text().notNull(),
  role: text().$type<Role>().notNull(),
  /** SHA-256 of the whole key string; the key itself is never stored. */
  secretHash: text("secret_hash").notNull(),
  createdAt: text("created_at").notNull(),
  revokedAt: text("revoked_at"),
});

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
export type IdempotencyRecord = typeof idempotencyRecords.$inferSelect;
