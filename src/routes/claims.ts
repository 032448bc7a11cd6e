import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import { claimReviewOf } from "../domain/claimreview";
import { ApiError } from "../domain/errors";
import { claimEtag, claimPageEtag, versionsFromIfMatch } from "../domain/etag";
import { querySubject } from "../domain/matching";
import { baseUrl } from "../http/base-url";
import { patchClaimMetadata } from "../http/claim-writes";
import { jsonText } from "../http/json-text";
import { limitSearches } from "../http/rate-limit";
import { claimListPage } from "../reads/claim-list";
import { findMatches } from "../reads/match";
import { claimPageJson, toClaimResource } from "../resources/claim";
import {
  Claim,
  CreateClaimBody,
  CreatedClaim,
  GetClaimQuery,
  ListClaimsQuery,
  PatchClaimBody,
} from "../schemas/claims";
import { IdParam, jsonBody, jsonResponse, listOf, pick } from "../schemas/common";
import { MatchList, MatchQuery } from "../schemas/matches";
import { enqueue, eventMessages } from "../webhooks/queue";
import { create } from "../writes/create";
import { planCreateClaim } from "../writes/create-claim";
import { publisherOf } from "./pages";
import { asAnyone, asEditor, createsAsEditor } from "./security";

const IfMatchHeader = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "An ETag from a read: the write applies only at that version." }),
});
const EtagHeader = { ETag: { schema: { type: "string" as const }, description: "The claim's version." } };

const createClaim = createRoute({
  method: "post",
  path: "/",
  operationId: "createClaim",
  tags: ["Claims"],
  summary: "Record a claim",
  description:
    "Creates the claim with its speaker and article (found by id, or found or created by name and canonical URL) and its first timeline entry, `unverified`. Accepts `Idempotency-Key`.",
  ...createsAsEditor,
  request: { body: jsonBody(CreateClaimBody, "The claim") },
  responses: {
    201: {
      ...jsonResponse(CreatedClaim, "Created, with tracked claims that may say the same thing"),
      headers: { ...EtagHeader, Location: { schema: { type: "string" } } },
    },
    ...pick(400, 401, 403, 404, 409, 413, 415, 422, 429),
  },
});

const ClaimList = listOf(Claim, "ClaimList");

const listClaimsRoute = createRoute({
  method: "get",
  path: "/",
  operationId: "listClaims",
  tags: ["Claims"],
  ...asAnyone,
  // Full-text search costs D1 work a plain page does not: only searches count per client IP.
  middleware: [limitSearches((c) => c.req.query("q") !== undefined)],
  summary: "List claims",
  description:
    "Newest first; with `q`, best match first. Filters combine with AND. Searches with `q` are rate-limited per client IP.",
  request: { query: ListClaimsQuery },
  responses: { 200: jsonResponse(ClaimList, "A page of claims"), ...pick(400, 429) },
});

const matchClaims = createRoute({
  method: "get",
  path: "/match",
  operationId: "matchClaims",
  tags: ["Claims"],
  ...asAnyone,
  middleware: [limitSearches()],
  summary: "Find tracked claims that say the same thing",
  description:
    "Tracked claims that may say what `text` says, best first, each with a `score` in 0–1 and its `reasons` (shared terms, speaker, figure). The score is documented in the README. Rate-limited per client IP.",
  request: { query: MatchQuery },
  responses: { 200: jsonResponse(MatchList, "Candidates, best first"), ...pick(400, 429) },
});

const getClaim = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getClaim",
  tags: ["Claims"],
  ...asAnyone,
  summary: "Get a claim",
  description:
    "The claim with its current status and appearances. `include=timeline` adds every status update, oldest first; `as_of` shows the status the claim had at that moment. Answers an `ETag`; `If-None-Match` with it gives 304.",
  request: { params: IdParam, query: GetClaimQuery },
  responses: { 200: { ...jsonResponse(Claim, "The claim"), headers: EtagHeader }, ...pick(400, 404) },
});

const ClaimReview = z
  .record(z.string(), z.unknown())
  .openapi("ClaimReview", { description: "schema.org ClaimReview, as Google's fact-check rich results read it." });

const getClaimReview = createRoute({
  method: "get",
  path: "/{id}/claimreview",
  operationId: "getClaimReview",
  tags: ["Claims"],
  ...asAnyone,
  summary: "The claim's ClaimReview JSON-LD",
  description:
    "schema.org ClaimReview for the claim's public page; the organisation comes from PUBLISHER_NAME and PUBLISHER_URL. An unrated claim has no `reviewRating`.",
  request: { params: IdParam },
  responses: {
    200: { description: "JSON-LD", content: { "application/ld+json": { schema: ClaimReview } } },
    ...pick(404),
  },
});

const patchClaim = createRoute({
  method: "patch",
  path: "/{id}",
  operationId: "updateClaim",
  tags: ["Claims"],
  summary: "Correct a claim's metadata",
  description:
    "JSON merge patch of the metadata: absent fields stay, `null` clears optional ones. The status changes only through status updates. Honours `If-Match`.",
  ...asEditor,
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(PatchClaimBody, "Fields to change") },
  responses: {
    200: { ...jsonResponse(Claim, "The claim after the change"), headers: EtagHeader },
    ...pick(400, 401, 403, 404, 412, 413, 415, 422, 429, 503),
  },
});

export const claimRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createClaim, async (c) => {
    const input = c.req.valid("json");
    const { keyId, name } = c.var.principal;
    const { reply, events } = await create(c.var.db, c.var.idempotency, () =>
      planCreateClaim(c.var.db, input, { keyId, name }, baseUrl(c)),
    );
    c.executionCtx.waitUntil(enqueue(c.env.EVENTS_QUEUE, eventMessages(events)));
    return c.json(reply.body, 201, reply.headers);
  })
  .openapi(listClaimsRoute, async (c) => {
    const page = await claimListPage(c.var.db, c.req.valid("query"));
    const etag = await claimPageEtag(
      page.data.map((row) => row.claim),
      page.next_cursor,
    );
    return jsonText<z.infer<typeof ClaimList>>(c, claimPageJson(page, baseUrl(c)), 200, { ETag: etag });
  })
  .openapi(matchClaims, async (c) => {
    const { text, language, speaker_id: id, speaker: name, limit } = c.req.valid("query");
    const matches = await findMatches(c.var.db, querySubject(text, language, { id, name }), limit);
    const base = baseUrl(c);
    const data = matches.map(({ record, score, reasons }) => ({
      score,
      reasons,
      claim: toClaimResource(record, base),
    }));
    return c.json({ data }, 200);
  })
  .openapi(getClaim, async (c) => {
    const { id } = c.req.valid("param");
    const { include, as_of: asOf } = c.req.valid("query");
    const read = await findClaim(c.var.db, id, { timeline: include === "timeline", asOf });
    if (!read) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
    const statusFrom = read.entryAsOf;
    if (asOf !== undefined && !statusFrom) {
      throw new ApiError("claim_not_found", `Claim ${id} was created after ${asOf}.`);
    }
    const body = toClaimResource(read.record, baseUrl(c), {
      timeline: include === "timeline" ? read.timeline : undefined,
      statusFrom,
    });
    const variant = [include, asOf && `asof${Date.parse(asOf)}`].filter(Boolean).join("-");
    return c.json(body, 200, { ETag: claimEtag(body.version, variant) });
  })
  .openapi(getClaimReview, async (c) => {
    const { id } = c.req.valid("param");
    const read = await findClaim(c.var.db, id);
    if (!read) throw new ApiError("claim_not_found", `No claim has id ${id}.`);
    const claim = toClaimResource(read.record, baseUrl(c));
    const review = claimReviewOf(claim, { publisher: publisherOf(c.env), pageUrl: claim.links.page, ratingName: null });
    return c.json(review as unknown as Record<string, unknown>, 200, {
      "Content-Type": "application/ld+json",
      ETag: claimEtag(claim.version, "claimreview"),
    });
  })
  .openapi(patchClaim, async (c) => {
    const { id } = c.req.valid("param");
    const ifMatch = versionsFromIfMatch(c.req.valid("header")["if-match"]);
    const reply = await patchClaimMetadata(c, id, c.req.valid("json"), ifMatch);
    return c.json(reply.body, 200, reply.headers);
  });
