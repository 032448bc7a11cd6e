import type { z } from "@hono/zod-openapi";
import type { EventRow } from "../db/schema";
import type { Claim } from "../schemas/claims";
import type { StatusUpdate } from "../schemas/status-updates";
import { newId } from "./ids";
import type { EventSubject, EventType } from "./webhooks";

type ClaimResource = z.infer<typeof Claim>;

/** What a claim event carries besides the claim as it is after the change. */
export interface ClaimEventExtras {
  update?: z.infer<typeof StatusUpdate>;
  previous_status?: string | null;
}

/**
 * An outbox row for a change to a claim: the payload is fixed when the change is written (the
 * claim as it was then), so every delivery and every retry sends the same bytes.
 */
export function claimEvent(type: EventType, claim: ClaimResource, extras: ClaimEventExtras, at: string): EventRow {
  return {
    id: newId("evt", Date.parse(at)),
    type,
    claimId: claim.id,
    claimVersion: claim.version,
    payload: JSON.stringify({ type, timestamp: at, data: { claim, ...extras } }),
    createdAt: at,
    fannedOutAt: null,
    resentAt: null,
  };
}

/** The claim an event concerns, read back from its payload, for subscription filters. */
export function subjectOf(event: Pick<EventRow, "type" | "claimId" | "payload">): EventSubject {
  const data = (JSON.parse(event.payload) as { data?: { claim?: Partial<ClaimResource> } }).data;
  return {
    type: event.type,
    claimId: event.claimId,
    speakerId: data?.claim?.speaker?.id ?? null,
    topics: data?.claim?.topics ?? [],
  };
}
