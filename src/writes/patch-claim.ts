import type { z } from "@hono/zod-openapi";
import { bumped, patchStatements } from "../db/claim-writes";
import type { Db } from "../db/client";
import { insertEvent } from "../db/events";
import { speakerLookupQuery } from "../db/speakers";
import { type ClaimPatch, planPatch } from "../domain/claims";
import { claimEtag } from "../domain/etag";
import { claimEvent } from "../domain/events";
import { toClaimResource } from "../resources/claim";
import type { Claim } from "../schemas/claims";
import type { ClaimCache } from "./claim-cache";
import { commit } from "./commit";
import type { Written } from "./reply";

export interface PatchRequest {
  claimId: string;
  patch: ClaimPatch;
  ifMatch: number[] | undefined;
  baseUrl: string;
}

/**
 * Changes a claim's metadata, run by the claim's writer one request at a time: one D1 batch with
 * the change and its `claim.updated` event, guarded by the version (plus a lookup first when the
 * patch names a speaker). The claim after the change is computed from the one in memory, which is
 * what the batch's guard proves D1 holds.
 */
export async function patchClaim(
  db: Db,
  cache: ClaimCache,
  request: PatchRequest,
): Promise<Written<z.infer<typeof Claim>>> {
  for (let attempt = 1; ; attempt++) {
    const { record, head } = await cache.forWrite(request.ifMatch);
    const [speaker] = request.patch.speaker ? await speakerLookupQuery(db, request.patch.speaker) : [];
    const now = new Date().toISOString();
    const plan = planPatch(record, request.patch, speaker, now);
    const body = toClaimResource(plan.record, request.baseUrl);
    const event = claimEvent("claim.updated", body, {}, now);
    const statements = patchStatements(db, record.claim.version, plan, (guard) => [insertEvent(db, event, guard)]);
    const committed = await commit(db, statements);
    if (committed.outcome === "written" && bumped(committed.results.at(-1))) {
      cache.set({ record: plan.record, head });
      return { reply: { status: 200, body, headers: { ETag: claimEtag(body.version) } }, events: [event.id] };
    }
    cache.stale(attempt);
  }
}
