import type { z } from "@hono/zod-openapi";
import { type SelectedClaim, toRecord } from "../db/claim-queries";
import { bumped, patchStatements } from "../db/claim-writes";
import type { Db } from "../db/client";
import { speakerLookupQuery } from "../db/speakers";
import { type ClaimPatch, planPatch } from "../domain/claims";
import { ApiError } from "../domain/errors";
import { claimEtag } from "../domain/etag";
import { toClaimResource } from "../resources/claim";
import type { Claim } from "../schemas/claims";
import { commit } from "./commit";
import type { HeadCache } from "./head-cache";
import type { Reply } from "./reply";

export interface PatchRequest {
  claimId: string;
  patch: ClaimPatch;
  ifMatch: number[] | undefined;
  baseUrl: string;
}

/**
 * Changes a claim's metadata, run by the claim's writer one request at a time: one D1 batch that
 * writes the change, guarded by the version, and reads the claim back (plus a lookup first when
 * the patch names a speaker).
 */
export async function patchClaim(
  db: Db,
  heads: HeadCache,
  request: PatchRequest,
): Promise<Reply<z.infer<typeof Claim>>> {
  for (let attempt = 1; ; attempt++) {
    const head = await heads.forWrite(request.ifMatch);
    const [speaker] = request.patch.speaker ? await speakerLookupQuery(db, request.patch.speaker) : [];
    const now = new Date().toISOString();
    const plan = planPatch(request.claimId, head, request.patch, speaker, now);
    const { statements, readBack } = patchStatements(db, request.claimId, head.version, plan, now);
    const committed = await commit(db, [...statements, readBack]);
    if (committed.outcome === "written" && bumped(committed.results[statements.length - 1])) {
      // The batch's last statement is readBack, so its result is that query's rows.
      const [row] = committed.results.at(-1) as SelectedClaim[];
      if (!row) throw new ApiError("claim_not_found", `No claim has id ${request.claimId}.`);
      const record = toRecord(row);
      heads.set({ ...head, kind: record.claim.kind, version: record.claim.version });
      return {
        status: 200,
        body: toClaimResource(record, request.baseUrl),
        headers: { ETag: claimEtag(record.claim.version) },
      };
    }
    heads.stale(attempt);
  }
}
