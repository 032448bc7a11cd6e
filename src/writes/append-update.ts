import type { z } from "@hono/zod-openapi";
import { appendStatements, bumped, entryStored } from "../db/claim-writes";
import type { Db } from "../db/client";
import { insertEvent } from "../db/events";
import { claimAtVersion } from "../db/guarded";
import { claimEtag } from "../domain/etag";
import { claimEvent } from "../domain/events";
import { assertOnScale } from "../domain/statuses";
import { type Author, type EntryInput, nextEntry } from "../domain/timeline";
import { toClaimResource } from "../resources/claim";
import { toStatusUpdateResource } from "../resources/status-update";
import type { StatusUpdate } from "../schemas/status-updates";
import type { ClaimCache } from "./claim-cache";
import { commit } from "./commit";
import type { IdempotencyContext, Written } from "./reply";

export interface AppendRequest {
  claimId: string;
  input: EntryInput;
  author: Author;
  /** Versions If-Match accepts; undefined: the append applies to whatever the head is. */
  ifMatch: number[] | undefined;
  idempotency: IdempotencyContext | undefined;
  baseUrl: string;
}

/**
 * Appends one status update, run by the claim's writer one request at a time. With the claim in
 * memory this is one D1 batch: the entry, the claim's new status and version, the
 * `claim.status_changed` event and the Idempotency-Key record. A batch that finds the claim stale
 * (its guard or the chain triggers refuse it) changes nothing; the claim is reloaded and the update
 * planned again.
 */
export async function appendUpdate(
  db: Db,
  cache: ClaimCache,
  request: AppendRequest,
): Promise<Written<z.infer<typeof StatusUpdate>>> {
  for (let attempt = 1; ; attempt++) {
    const { record, head } = await cache.forWrite(request.ifMatch);
    const before = record.claim;
    assertOnScale(before.kind, request.input.status, "status");
    const entry = await nextEntry(request.claimId, head, request.input, request.author, new Date().toISOString());
    const claim = {
      ...before,
      status: entry.status,
      statusUpdatedAt: entry.createdAt,
      updatedAt: entry.createdAt,
      version: before.version + 1,
    };
    const update = toStatusUpdateResource(entry);
    const event = claimEvent(
      "claim.status_changed",
      toClaimResource({ ...record, claim }, request.baseUrl),
      { update, previous_status: entry.previousStatus },
      entry.createdAt,
    );
    const reply = {
      status: 201 as const,
      body: update,
      headers: {
        Location: `${request.baseUrl}/v1/claims/${request.claimId}/updates/${entry.id}`,
        "Claim-ETag": claimEtag(claim.version),
      },
    };
    const [insertEntry, bumpClaim] = appendStatements(db, entry, before.version);
    const committed = await commit(
      db,
      [insertEntry, insertEvent(db, event, claimAtVersion(request.claimId, before.version)), bumpClaim],
      request.idempotency && { context: request.idempotency, reply, landed: entryStored(entry) },
    );
    if (committed.outcome === "replayed") {
      return { reply: committed.reply as Written<z.infer<typeof StatusUpdate>>["reply"], events: [] };
    }
    if (committed.outcome === "written" && bumped(committed.results[2])) {
      const { seq, hash, status, createdAt } = entry;
      cache.set({ record: { ...record, claim }, head: { seq, hash, status, createdAt } });
      return { reply, events: [event.id] };
    }
    cache.stale(attempt);
  }
}
