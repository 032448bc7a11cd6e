import type { z } from "@hono/zod-openapi";
import type { ClaimRecord } from "../db/claim-queries";
import type { AppearanceRow, ArticleRow, ClaimRow, ClaimTopicRow, SpeakerRow, StatusUpdateRow } from "../db/schema";
import type { CreateClaimBody, PatchClaimBody, Quantity } from "../schemas/claims";
import { resolveArticle } from "./articles";
import { newId } from "./ids";
import { resolveSpeaker } from "./speakers";
import { assertOnScale, INITIAL_STATUS, scaleOf } from "./statuses";
import { type Author, nextEntry } from "./timeline";

export type NewClaimInput = z.output<typeof CreateClaimBody>;
export type ClaimPatch = z.output<typeof PatchClaimBody>;

/** Every row a new claim writes; `speaker` and `article` only when they are new too. */
export interface NewClaimRows {
  speaker?: SpeakerRow;
  article?: ArticleRow;
  claim: ClaimRow;
  topics: ClaimTopicRow[];
  appearance?: AppearanceRow;
  firstEntry: StatusUpdateRow;
}

function quantityColumns(quantity: Quantity | null) {
  return {
    quantityValue: quantity?.value ?? null,
    quantityUnit: quantity?.unit ?? null,
    quantityQualifier: quantity?.qualifier ?? null,
    quantityLow: quantity?.low ?? null,
    quantityHigh: quantity?.high ?? null,
  };
}

function topicRows(claimId: string, topics: readonly string[]): ClaimTopicRow[] {
  return topics.map((topic, position) => ({ claimId, topic, position }));
}

/**
 * A new claim from its input and what the lookups found: the rows to write (with its first
 * timeline entry, `unverified`) and the claim as it will read back.
 */
export async function planNewClaim(
  input: NewClaimInput,
  found: { speaker: SpeakerRow | undefined; article: ArticleRow | undefined },
  author: Author,
  now: string,
): Promise<{ rows: NewClaimRows; record: ClaimRecord }> {
  const speaker = resolveSpeaker(found.speaker, input.speaker, now);
  const article = resolveArticle(found.article, input.article, now);
  const claim: ClaimRow = {
    id: newId("clm", Date.parse(now)),
    text: input.text,
    summary: input.summary ?? null,
    kind: input.kind,
    speakerId: speaker.speaker.id,
    claimedAt: input.claimed_at ?? null,
    language: input.language,
    ...quantityColumns(input.quantity ?? null),
    reviewDue: input.review_due ?? null,
    sourceUrl: input.source_url ?? null,
    status: INITIAL_STATUS,
    statusUpdatedAt: now,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const quoteContext = input.quote_context ?? null;
  const rows: NewClaimRows = {
    claim,
    topics: topicRows(claim.id, input.topics),
    firstEntry: await nextEntry(claim.id, null, { status: INITIAL_STATUS, note: null, evidence: [] }, author, now),
  };
  if (speaker.isNew) rows.speaker = speaker.speaker;
  if (article.isNew) rows.article = article.article;
  if (article.article) {
    rows.appearance = { claimId: claim.id, articleId: article.article.id, quoteContext, createdAt: now };
  }
  const a = article.article;
  return {
    rows,
    record: {
      claim,
      speaker: { id: speaker.speaker.id, name: speaker.speaker.name, title: speaker.speaker.title },
      topics: input.topics,
      appearances: a
        ? [
            {
              article: { id: a.id, url: a.url, title: a.title, publisher: a.publisher, published_at: a.publishedAt },
              quote_context: quoteContext,
            },
          ]
        : [],
    },
  };
}

/**
 * What a PATCH writes: the claim's changed columns, its new topics, a speaker when new, and the
 * claim as it will read back afterwards (version and `updated_at` included).
 */
export interface PatchPlan {
  columns: Partial<ClaimRow>;
  topics?: ClaimTopicRow[];
  newSpeaker?: SpeakerRow;
  record: ClaimRecord;
}

/**
 * A JSON merge patch of a claim's metadata (absent keeps, null clears). A kind change must leave
 * the current status on the new kind's scale.
 */
export function planPatch(
  current: ClaimRecord,
  patch: ClaimPatch,
  foundSpeaker: SpeakerRow | undefined,
  now: string,
): PatchPlan {
  const { claim } = current;
  if (patch.kind !== undefined && scaleOf(patch.kind) !== scaleOf(claim.kind)) {
    assertOnScale(patch.kind, claim.status, "kind");
  }
  const plan: PatchPlan = { columns: {}, record: current };
  let speaker = current.speaker;
  const columns: Partial<ClaimRow> = {
    text: patch.text,
    summary: patch.summary,
    kind: patch.kind,
    claimedAt: patch.claimed_at,
    language: patch.language,
    ...(patch.quantity !== undefined ? quantityColumns(patch.quantity) : {}),
    reviewDue: patch.review_due,
  };
  if (patch.speaker) {
    const resolved = resolveSpeaker(foundSpeaker, patch.speaker, now);
    columns.speakerId = resolved.speaker.id;
    speaker = { id: resolved.speaker.id, name: resolved.speaker.name, title: resolved.speaker.title };
    if (resolved.isNew) plan.newSpeaker = resolved.speaker;
  }
  for (const [key, value] of Object.entries(columns)) {
    if (value !== undefined) plan.columns = { ...plan.columns, [key]: value };
  }
  if (patch.topics) plan.topics = topicRows(claim.id, patch.topics);
  plan.record = {
    ...current,
    claim: { ...claim, ...plan.columns, version: claim.version + 1, updatedAt: now },
    speaker,
    topics: patch.topics ?? current.topics,
  };
  return plan;
}
