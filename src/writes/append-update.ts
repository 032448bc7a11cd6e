import type { z } from "@hono/zod-openapi";
import { appendStatements, bumped, entryStored } from "../db/claim-writes";
import type { Db } from "../db/client";
import { claimEtag } from "../domain/etag";
import { assertOnScale } from "../domain/statuses";
import { type Author, type EntryInput, nextEntry } from "../domain/timeline";
import { toStatusUpdateResource } from "../resources/status-update";
import type { StatusUpdate } from "../schemas/status-updates";
import { commit } from "./commit";
import type { HeadCache } from "./head-cache";
import type { IdempotencyContext, Reply } from "./reply";

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
 * Appends one status update, run by the claim's writer one request at a time. With the head in
 * memory this is one D1 batch: the entry, the claim's new status and version, and the
 * Idempotency-Key record. A batch that finds the head stale (its guard or the chain triggers
 * refuse it) changes nothing; the head is reloaded and the update planned again.
 */
export async function appendUpdate(
  db: Db,
  heads: HeadCache,
  request: AppendRequest,
): Promise<Reply<z.infer<typeof StatusUpdate>>> {
  for (let attempt = 1; ; attempt++) {
    const head = await heads.forWrite(request.ifMatch);
    assertOnScale(head.kind, request.input.status, "status");
    const entry = await nextEntry(request.claimId, head, request.input, request.author, new Date().toISOString());
    const version = head.version + 1;
    const reply: Reply<z.infer<typeof StatusUpdate>> = {
      status: 201,
      body: toStatusUpdateResource(entry),
      headers: {
        Location: `${request.baseUrl}/v1/claims/${request.claimId}/updates/${entry.id}`,
        "Claim-ETag": claimEtag(version),
      },
    };
    const committed = await commit(
      db,
      appendStatements(db, entry, head.version),
      request.idempotency && { context: request.idempotency, reply, landed: entryStored(entry) },
    );
    if (committed.outcome === "replayed") return committed.reply as Reply<z.infer<typeof StatusUpdate>>;
    if (committed.outcome === "written" && bumped(committed.results[1])) {
      const { seq, hash, status, createdAt } = entry;
      heads.set({ kind: head.kind, version, seq, hash, status, createdAt });
      return reply;
    }
    heads.stale(attempt);
  }
}
