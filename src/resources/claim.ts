import type { z } from "@hono/zod-openapi";
import type { ClaimRecord, ClaimSummaryRow } from "../db/claim-queries";
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

export function toClaimResource(record: ClaimRecord, baseUrl: string, view: ClaimView = {}): z.infer<typeof Claim> {
  const { claim, speaker } = record;
  const status = view.statusFrom
    ? statusView(claim.kind, view.statusFrom.status, view.statusFrom.createdAt)
    : statusView(claim.kind, claim.status, claim.statusUpdatedAt);
  return {
    id: claim.id,
    text: claim.text,
    summary: claim.summary,
    kind: claim.kind,
    speaker: { id: speaker.id, name: speaker.name, title: speaker.title },
    claimed_at: claim.claimedAt,
    language: claim.language,
    topics: record.topics,
    quantity: storedQuantity(claim),
    review_due: claim.reviewDue,
    source_url: claim.sourceUrl,
    appearances: record.appearances,
    status,
    version: claim.version,
    created_at: claim.createdAt,
    updated_at: claim.updatedAt,
    links: claimLinks(baseUrl, claim.id),
    ...(view.timeline ? { timeline: view.timeline.map(toStatusUpdateResource) } : {}),
  };
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
