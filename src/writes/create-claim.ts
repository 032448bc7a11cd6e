import type { z } from "@hono/zod-openapi";
import { articleLookupQuery } from "../db/articles";
import { newClaimStatements } from "../db/claim-writes";
import type { Db } from "../db/client";
import { insertEvent } from "../db/events";
import { speakerLookupQuery } from "../db/speakers";
import { type NewClaimInput, planNewClaim } from "../domain/claims";
import { claimEtag } from "../domain/etag";
import { claimEvent } from "../domain/events";
import type { Author } from "../domain/timeline";
import { toClaimResource } from "../resources/claim";
import type { Claim } from "../schemas/claims";
import type { CreatePlan } from "./create";

/**
 * A new claim with its speaker and article (found, or created with it), its first timeline entry
 * and its `claim.created` event: one read batch for the lookups, then one write batch. Nothing else can write a claim
 * that does not exist yet, so creation needs no per-claim writer.
 */
export async function planCreateClaim(
  db: Db,
  input: NewClaimInput,
  author: Author,
  baseUrl: string,
): Promise<CreatePlan<z.infer<typeof Claim>>> {
  const [[speaker], [article]] = await db.batch([
    speakerLookupQuery(db, input.speaker),
    articleLookupQuery(db, input.article ?? { id: "" }),
  ]);
  const now = new Date().toISOString();
  const { rows, record } = await planNewClaim(input, { speaker, article }, author, now);
  const body = toClaimResource(record, baseUrl);
  const event = claimEvent("claim.created", body, {}, now);
  return {
    statements: [...newClaimStatements(db, rows), insertEvent(db, event)],
    reply: { status: 201, body, headers: { Location: body.links.self, ETag: claimEtag(body.version) } },
    events: [event.id],
  };
}
