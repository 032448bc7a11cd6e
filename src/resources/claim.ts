import type { z } from "@hono/zod-openapi";
import { type ClaimRecord, type ClaimSummaryRow, type SelectedClaim, speakerOf } from "../db/claim-queries";
import type { StatusUpdateRow } from "../db/schema";
import { storedQuantity } from "../domain/quantity";
import { type ClaimKind, findStatus } from "../domain/statuses";
import type { Claim, ClaimStatus, ClaimSummary } from "../schemas/claims";
import { toStatusUpdateResource } from "./status-update";

export function statusView(kind: ClaimKind, code: string, updatedAt: string): z.infer<typeof ClaimStatus> {
  const definition = findStatus(kind, code);
  return {
    code,
    label: definition?.label ?? code,
    rating_value: definition?.rating_value ?? null,
    final: definition?.final ?? false,
    updated_at: updatedAt,
  };
}

export function claimLinks(baseUrl: string, id: string) {
  return {
    self: `${baseUrl}/v1/claims/${id}`,
    page: `${baseUrl}/claims/${id}`,
    embed: `${baseUrl}/embed/claims/${id}`,
    badge: `${baseUrl}/embed/claims/${id}/badge.svg`,
    claimreview: `${baseUrl}/v1/claims/${id}/claimreview`,
  };
}

export interface ClaimView {
  /** Oldest first: included as `timeline`. */
  timeline?: StatusUpdateRow[];
  /** Show this entry's status instead of the current one (`?as_of=`). */
  statusFrom?: StatusUpdateRow;
}

type ClaimResource = z.infer<typeof Claim>;

/** A claim resource but for the parts SQLite builds as JSON (db/claim-queries.ts) and `timeline`. */
type ClaimCore = Omit<ClaimResource, "topics" | "appearances" | "timeline">;

function claimCore(
  claim: ClaimRecord["claim"],
  speaker: ClaimRecord["speaker"],
  baseUrl: string,
  statusFrom?: StatusUpdateRow,
): ClaimCore {
  const status = statusFrom
    ? statusView(claim.kind, statusFrom.status, statusFrom.createdAt)
    : statusView(claim.kind, claim.status, claim.statusUpdatedAt);
  return {
    id: claim.id,
    text: claim.text,
    summary: claim.summary,
    kind: claim.kind,
    speaker: { id: speaker.id, name: speaker.name, title: speaker.title },
    claimed_at: claim.claimedAt,
    language: claim.language,
    quantity: storedQuantity(claim),
    review_due: claim.reviewDue,
    source_url: claim.sourceUrl,
    status,
    version: claim.version,
    created_at: claim.createdAt,
    updated_at: claim.updatedAt,
    links: claimLinks(baseUrl, claim.id),
  };
}

/** `topics` and `appearances` come after the rest, where claimResourceJson() writes them. */
export function toClaimResource(record: ClaimRecord, baseUrl: string, view: ClaimView = {}): ClaimResource {
  return {
    ...claimCore(record.claim, record.speaker, baseUrl, view.statusFrom),
    topics: record.topics,
    appearances: record.appearances,
    ...(view.timeline ? { timeline: view.timeline.map(toStatusUpdateResource) } : {}),
  };
}

/**
 * The claim resource of a selected row as JSON text, the same as `toClaimResource(toRecord(row))`
 * stringified: the topics and appearances SQLite built as JSON (with the Claim schema's keys, see
 * db/claim-queries.ts) go in as they are, never parsed only to be written again (that cost about
 * 7 µs a claim, measured in Node).
 */
export function claimResourceJson(row: SelectedClaim, baseUrl: string): string {
  const core = JSON.stringify(claimCore(row.claim, speakerOf(row), baseUrl));
  return `${core.slice(0, -1)},"topics":${row.topics},"appearances":${row.appearances}}`;
}

function toClaimSummary(claim: ClaimSummaryRow, baseUrl: string): z.infer<typeof ClaimSummary> {
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    status: statusView(claim.kind, claim.status, claim.status_updated_at),
    links: claimLinks(baseUrl, claim.id),
  };
}

/** A column built by db claimSummariesJson(), as API summaries. */
export function toClaimSummaries(json: string, baseUrl: string): z.infer<typeof ClaimSummary>[] {
  return (JSON.parse(json) as ClaimSummaryRow[]).map((claim) => toClaimSummary(claim, baseUrl));
}

/** A list page of selected rows as the JSON text `c.json()` would write for it with toClaimResource. */
export function claimPageJson(page: { data: SelectedClaim[]; next_cursor: string | null }, baseUrl: string): string {
  const claims = page.data.map((row) => claimResourceJson(row, baseUrl)).join(",");
  return `{"data":[${claims}],"next_cursor":${JSON.stringify(page.next_cursor)}}`;
}
