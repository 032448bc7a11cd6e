import type { z } from "@hono/zod-openapi";
import type { Claim, CreateClaimBody } from "../../src/schemas/claims";
import type { CreateStatusUpdateBody, StatusUpdate } from "../../src/schemas/status-updates";
import type { Scale } from "../../src/schemas/statuses";

/** The body of `POST /v1/claims`. */
export type NewClaim = z.input<typeof CreateClaimBody>;
/** The body of `POST /v1/claims/{id}/updates`. */
export type NewUpdate = z.input<typeof CreateStatusUpdateBody>;
export type ClaimResource = z.infer<typeof Claim>;
export type TimelineEntry = z.infer<typeof StatusUpdate>;
/** A status scale as `GET /v1/statuses` lists it. */
export type StatusScale = z.infer<typeof Scale>;

/** One line of `claimtrail export --format ndjson`. */
export interface ExportLine {
  claim: Omit<ClaimResource, "timeline">;
  timeline: TimelineEntry[];
}

/**
 * Why a record is skipped: `code` groups records in the summary, `message` says what this one
 * lacks. Codes are stable (docs/cli.md lists them); messages are for people.
 */
export interface Problem {
  code: SkipCode;
  message: string;
}

export type SkipCode =
  | "not_a_record"
  | "no_claim_text"
  | "bad_review_url"
  | "no_review_author"
  | "no_rating"
  | "unknown_rating"
  | "bad_export_line"
  | "already_imported"
  | "rejected_by_api";

/** A record ready to be sent: the claim, then its updates in order. */
export interface Mapped {
  ok: true;
  /** What makes the record idempotent: the review's URL (null for an exported claim that had none). */
  sourceUrl: string | null;
  claim: NewClaim;
  updates: NewUpdate[];
  /** What was dropped or repaired on the way, for the report. */
  warnings: string[];
}

export interface Refused {
  ok: false;
  problems: Problem[];
  sourceUrl: string | null;
}
