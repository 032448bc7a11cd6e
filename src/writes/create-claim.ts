import type { z } from "@hono/zod-openapi";
import { articleLookupQuery } from "../db/articles";
import { bestMatches, claimBySourceQuery, toRecord } from "../db/claim-queries";
import { newClaimStatements } from "../db/claim-writes";
import type { Db } from "../db/client";
import { insertEvent } from "../db/events";
import { batchPrebuilt, bound } from "../db/prebuilt";
import { speakerLookupQuery } from "../db/speakers";
import { type NewClaimInput, planNewClaim } from "../domain/claims";
import { ApiError } from "../domain/errors";
import { claimEtag } from "../domain/etag";
import { claimEvent } from "../domain/events";
import { candidateQuery, preparePool, querySubject, rankMatches } from "../domain/matching";
import type { Author } from "../domain/timeline";
import { POOL } from "../reads/match";
import { toClaimResource } from "../resources/claim";
import type { CreatedClaim } from "../schemas/claims";
import type { CreatePlan } from "./create";

/** A new claim's answer names tracked claims that may say the same thing, at least this likely. */
export const DUPLICATE_SCORE = 0.6;

/**
 * A new claim with its speaker and article (found, or created with it), its first timeline entry
 * and its `claim.created` event: one read batch (the lookups, and the matcher's candidates for
 * `possible_duplicates`), then one write batch. Nothing else can write a claim that does not exist
 * yet, so creation needs no per-claim writer.
 */
export async function planCreateClaim(
  db: Db,
  input: NewClaimInput,
  author: Author,
  baseUrl: string,
): Promise<CreatePlan<z.infer<typeof CreatedClaim>>> {
  const query = querySubject(input.text, input.language, input.speaker);
  const search = candidateQuery([query]);
  const lookups = [
    bound(db, (t) => speakerLookupQuery(t, input.speaker)),
    bound(db, (t) => articleLookupQuery(t, input.article ?? { id: "" })),
    bound(db, (t) => claimBySourceQuery(t, input.source_url)),
  ] as const;
  const [[speaker], [article], [imported], candidates] = search
    ? await batchPrebuilt(db, [...lookups, bestMatches.bind(db, search, POOL)])
    : [...(await batchPrebuilt(db, lookups)), []];
  if (imported) {
    throw new ApiError("claim_exists", `Claim ${imported.id} was already imported from this review.`, {
      claim_id: imported.id,
    });
  }
  const now = new Date().toISOString();
  const { rows, record } = await planNewClaim(input, { speaker, article }, author, now);
  const claim = toClaimResource(record, baseUrl);
  const duplicates = rankMatches(query, preparePool(candidates.map(toRecord)), 3).filter(
    (match) => match.score >= DUPLICATE_SCORE,
  );
  const event = claimEvent("claim.created", claim, {}, now);
  const body = {
    ...claim,
    possible_duplicates: duplicates.map(({ record: found, score, reasons }) => {
      const links = toClaimResource(found, baseUrl).links;
      return {
        id: found.claim.id,
        text: found.claim.text,
        score,
        reasons,
        links: { self: links.self, page: links.page },
      };
    }),
  };
  return {
    statements: [...newClaimStatements(db, rows), insertEvent(db, event)],
    reply: { status: 201, body, headers: { Location: claim.links.self, ETag: claimEtag(claim.version) } },
    events: [event.id],
  };
}
