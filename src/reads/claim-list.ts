import type { z } from "@hono/zod-openapi";
import { type ListPosition, listClaims, toRecord } from "../db/claim-queries";
import type { Db } from "../db/client";
import { cursorAfter, cursorOffset, pageOf } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { ftsQuery } from "../domain/text";
import { toClaimResource } from "../resources/claim";
import type { ListClaimsQuery } from "../schemas/claims";

/**
 * A page of claims for `GET /v1/claims` and the desk's list alike: the same filters, search and
 * cursors. Newest first; with `q`, best match first and the cursor is an offset. The claims are
 * the rows as selected: the API writes them as JSON text (claimPageJson), the desk reads them as
 * resources (claimResourcesPage).
 */
export async function claimListPage(db: Db, query: z.output<typeof ListClaimsQuery>) {
  const search = query.q === undefined ? undefined : ftsQuery(query.q);
  if (search === null) {
    throw new ApiError("validation_failed", "q has no words to search for.", {
      errors: [{ path: "q", message: "needs at least one letter or digit" }],
    });
  }
  const position: ListPosition =
    search === undefined ? { after: cursorAfter(query.cursor) } : { offset: cursorOffset(query.cursor) };
  const { rows, more } = await listClaims(
    db,
    {
      status: query.status,
      kind: query.kind,
      speakerId: query.speaker_id,
      topic: query.topic,
      search,
      updatedSince: query.updated_since,
      reviewDueBefore: query.review_due_before,
      sourceUrl: query.source_url,
      staleSince:
        query.stale_days === undefined ? undefined : new Date(Date.now() - query.stale_days * 86_400_000).toISOString(),
    },
    query.limit,
    position,
  );
  return pageOf(rows, more, (last, count) =>
    "offset" in position ? { offset: position.offset + count } : { after: last.claim.id },
  );
}

/** claimListPage() with its claims as resources. */
export async function claimResourcesPage(db: Db, query: z.output<typeof ListClaimsQuery>, baseUrl: string) {
  const { data, next_cursor } = await claimListPage(db, query);
  return { data: data.map((row) => toClaimResource(toRecord(row), baseUrl)), next_cursor };
}
