import type { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { ApiError } from "../domain/errors";
import { assertIfMatch } from "../domain/etag";
import { chainHash } from "../domain/hash-chain";
import { newId } from "../domain/ids";
import { findStatus, INITIAL_STATUS, scaleOf } from "../domain/statuses";
import type { CreateClaimBody, PatchClaimBody } from "../schemas/claims";
import { type Article, articleLookupQuery, insertArticle, newArticle } from "./articles";
import { type ClaimRecord, type ClaimRow, claimByIdQuery, toRecord } from "./claim-queries";
import type { Db, Statement, WritePlan } from "./client";
import { claimAtVersion, insertWhere } from "./guarded";
import { claimAppearances, claims, claimTopics, speakers, statusUpdates } from "./schema";
import { newSpeaker, type Speaker, speakerLookupQuery } from "./speakers";

/** Who wrote a timeline entry: a stored key (its id and name) or the admin token (id null). */
export interface Author {
  keyId: string | null;
  name: string;
}

type SpeakerInput = z.infer<typeof CreateClaimBody>["speaker"];

/** Finds the speaker a write names, or plans to create it; a referenced id that does not exist is 404. */
function resolveSpeaker(
  found: Speaker | undefined,
  input: SpeakerInput,
  now: string,
): { speaker: Speaker; isNew: boolean } {
  if (found) return { speaker: found, isNew: false };
  if (input.id !== undefined) throw new ApiError("speaker_not_found", `No speaker has id ${input.id}.`);
  return { speaker: newSpeaker(input.name ?? "", input.title, now), isNew: true };
}

function quantityColumns(quantity: z.infer<typeof CreateClaimBody>["quantity"] | null) {
  return {
    quantityValue: quantity?.value ?? null,
    quantityUnit: quantity?.unit ?? null,
    quantityQualifier: quantity?.qualifier ?? null,
  };
}

/**
 * Creating a claim writes the speaker and article when they are new, the claim, its topics, its
 * appearance and its first timeline entry (`unverified`): one batch, so all of it or none of it.
 */
export async function planCreateClaim(
  db: Db,
  input: z.infer<typeof CreateClaimBody>,
  author: Author,
): Promise<WritePlan<ClaimRecord>> {
  const now = new Date().toISOString();
  const [[foundSpeaker], [foundArticle]] = await db.batch([
    speakerLookupQuery(db, input.speaker),
    articleLookupQuery(db, input.article ?? { id: "" }),
  ]);
  const statements: Statement[] = [];

  const { speaker, isNew } = resolveSpeaker(foundSpeaker, input.speaker, now);
  if (isNew) statements.push(db.insert(speakers).values(speaker));

  let article: Article | undefined = foundArticle;
  if (input.article && !article) {
    if (input.article.url === undefined)
      throw new ApiError("article_not_found", `No article has id ${input.article.id}.`);
    article = newArticle({ ...input.article, url: input.article.url }, now);
    statements.push(insertArticle(db, article));
  }

  const claim: ClaimRow = {
    id: newId("clm"),
    text: input.text,
    summary: input.summary ?? null,
    kind: input.kind,
    speakerId: speaker.id,
    claimedAt: input.claimed_at ?? null,
    language: input.language,
    ...quantityColumns(input.quantity),
    reviewDue: input.review_due ?? null,
    status: INITIAL_STATUS,
    statusUpdatedAt: now,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  statements.push(db.insert(claims).values(claim));
  if (input.topics.length > 0) {
    statements.push(
      db.insert(claimTopics).values(input.topics.map((topic, position) => ({ claimId: claim.id, topic, position }))),
    );
  }
  const quoteContext = input.quote_context ?? null;
  if (article) {
    statements.push(
      db.insert(claimAppearances).values({ claimId: claim.id, articleId: article.id, quoteContext, createdAt: now }),
    );
  }
  const first = { claim_id: claim.id, status: INITIAL_STATUS, note: null, evidence: [], created_at: now };
  statements.push(
    db.insert(statusUpdates).values({
      id: newId("upd"),
      claimId: claim.id,
      seq: 1,
      status: first.status,
      previousStatus: null,
      note: first.note,
      evidence: first.evidence,
      authorKeyId: author.keyId,
      authorName: author.name,
      createdAt: now,
      prevHash: "",
      hash: await chainHash("", first),
    }),
  );

  return {
    statements,
    result: {
      claim,
      speaker: { id: speaker.id, name: speaker.name, title: speaker.title },
      topics: input.topics,
      appearances: article
        ? [
            {
              article: {
                id: article.id,
                url: article.url,
                title: article.title,
                publisher: article.publisher,
                published_at: article.publishedAt,
              },
              quote_context: quoteContext,
            },
          ]
        : [],
    },
  };
}

type Patch = z.infer<typeof PatchClaimBody>;

/** The claim columns a patch sets (JSON merge patch: absent keeps, null clears). */
function patchedColumns(current: ClaimRow, patch: Patch, speakerId: string | undefined): Partial<ClaimRow> {
  if (patch.kind !== undefined && scaleOf(patch.kind) !== scaleOf(current.kind)) {
    if (!findStatus(patch.kind, current.status)) {
      throw new ApiError(
        "status_not_in_scale",
        `Kind ${patch.kind} rates claims on the ${scaleOf(patch.kind)} scale, where status ${current.status} does not exist. Keep the kind, or correct the status first.`,
        {
          errors: [
            {
              path: "kind",
              message: `the claim's status ${current.status} is not on the ${scaleOf(patch.kind)} scale`,
            },
          ],
        },
      );
    }
  }
  const columns: Partial<ClaimRow> = {
    text: patch.text,
    summary: patch.summary,
    kind: patch.kind,
    speakerId,
    claimedAt: patch.claimed_at,
    language: patch.language,
    ...(patch.quantity !== undefined ? quantityColumns(patch.quantity) : {}),
    reviewDue: patch.review_due,
  };
  for (const key of Object.keys(columns) as (keyof ClaimRow)[]) {
    if (columns[key] === undefined) delete columns[key];
  }
  return columns;
}

/**
 * Changes a claim's metadata (never its status). Every statement is guarded by the version read,
 * and the claim's own UPDATE (which bumps the version) runs last.
 */
export async function planPatchClaim(
  db: Db,
  id: string,
  patch: Patch,
  ifMatch: number[] | undefined,
): Promise<WritePlan<ClaimRecord>> {
  const now = new Date().toISOString();
  const [[row], [foundSpeaker]] = await db.batch([
    claimByIdQuery(db, id),
    speakerLookupQuery(db, patch.speaker ?? { id: "" }),
  ]);
  if (!row) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
  const current = toRecord(row);
  const version = current.claim.version;
  assertIfMatch(ifMatch, version);
  const guard = claimAtVersion(id, version);
  const statements: Statement[] = [];
  let speaker = current.speaker;
  if (patch.speaker) {
    const resolved = resolveSpeaker(foundSpeaker, patch.speaker, now);
    if (resolved.isNew) statements.push(insertWhere(db, speakers, resolved.speaker, guard));
    speaker = { id: resolved.speaker.id, name: resolved.speaker.name, title: resolved.speaker.title };
  }
  const changes = patchedColumns(current.claim, patch, patch.speaker ? speaker.id : undefined);
  if (patch.topics) {
    statements.push(db.delete(claimTopics).where(sql`${claimTopics.claimId} = ${id} and ${guard}`));
    for (const [position, topic] of patch.topics.entries()) {
      statements.push(insertWhere(db, claimTopics, { claimId: id, topic, position }, guard));
    }
  }
  const claim: ClaimRow = { ...current.claim, ...changes, version: version + 1, updatedAt: now };
  statements.push(
    db
      .update(claims)
      .set({ ...changes, version: claim.version, updatedAt: claim.updatedAt })
      .where(sql`${eq(claims.id, id)} and ${claims.version} = ${version}`)
      .returning({ version: claims.version }),
  );
  return {
    statements,
    result: { ...current, claim, speaker, topics: patch.topics ?? current.topics },
    applied: (results) => Array.isArray(results.at(-1)) && (results.at(-1) as unknown[]).length === 1,
    onConflict: ifMatch === undefined ? "retry" : "precondition_failed",
  };
}
