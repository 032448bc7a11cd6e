import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { countingD1 } from "../../src/db/counting";
import worker from "../../src/index";
import { appendUpdate } from "../../src/writes/append-update";
import { ClaimCache } from "../../src/writes/claim-cache";
import { patchClaim } from "../../src/writes/patch-claim";
import { ADMIN_TOKEN, blinkenClaim, type ClaimBody, ORIGIN } from "../helpers";

/** Runs one request through the real Worker with a D1 binding that counts round trips. */
async function measure(path: string, init: RequestInit = {}) {
  const counter = countingD1(env.DB);
  const res = await worker.fetch(
    new Request(`${ORIGIN}${path}`, init),
    { ...env, DB: counter.db },
    createExecutionContext(),
  );
  return { res, roundTrips: counter.roundTrips() };
}

const asAdmin = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

let claim: ClaimBody;

beforeAll(async () => {
  const created = await measure("/v1/claims", asAdmin(blinkenClaim()));
  claim = await created.res.json<ClaimBody>();
});

describe("D1 round trips on hot paths", () => {
  it("GET one claim is one query", async () => {
    const { res, roundTrips } = await measure(`/v1/claims/${claim.id}`);
    expect(res.status).toBe(200);
    expect(roundTrips).toBe(1);
  });

  it("GET one claim with its timeline, or as of a past instant, is one batch", async () => {
    for (const query of ["include=timeline", `as_of=${encodeURIComponent(claim.created_at)}`]) {
      const { res, roundTrips } = await measure(`/v1/claims/${claim.id}?${query}`);
      expect(res.status).toBe(200);
      expect(roundTrips).toBe(1);
    }
  });

  it("a page of claims, with or without search, is one query", async () => {
    for (const query of ["", "?q=agreed&topic=gaza", "?status=unverified&kind=statistic"]) {
      const { res, roundTrips } = await measure(`/v1/claims${query}`);
      expect(res.status).toBe(200);
      expect(roundTrips).toBe(1);
    }
  });

  it("creating a claim is one read batch and one write batch (the admin token needs no key lookup)", async () => {
    const { res, roundTrips } = await measure("/v1/claims", asAdmin(blinkenClaim({ text: "Counted." })));
    expect(res.status).toBe(201);
    expect(roundTrips).toBe(2);
  });

  it("posting a status update costs the Worker no round trip: the claim's writer does the write", async () => {
    const { res, roundTrips } = await measure(`/v1/claims/${claim.id}/updates`, asAdmin({ status: "under_review" }));
    expect(res.status).toBe(201);
    expect(roundTrips).toBe(0);
  });

  it("the writer appends (entry, status, event) in one write batch once it knows the claim, plus one read when it does not", async () => {
    const counter = countingD1(env.DB);
    const db = createDb(counter.db);
    const cache = new ClaimCache(db, claim.id);
    const append = (status: string) =>
      appendUpdate(db, cache, {
        claimId: claim.id,
        input: { status, note: null, evidence: [] },
        author: { keyId: null, name: "counter" },
        ifMatch: undefined,
        idempotency: undefined,
        baseUrl: ORIGIN,
      });
    expect((await append("true")).reply.status).toBe(201);
    expect(counter.roundTrips()).toBe(2);
    expect((await append("false")).reply.status).toBe(201);
    expect((await append("misleading")).reply.status).toBe(201);
    expect(counter.roundTrips()).toBe(4);
  });

  it("the writer patches metadata, with its event, in one batch once it knows the claim", async () => {
    const counter = countingD1(env.DB);
    const db = createDb(counter.db);
    const cache = new ClaimCache(db, claim.id);
    await cache.current();
    expect(counter.roundTrips()).toBe(1);
    const { reply } = await patchClaim(db, cache, {
      claimId: claim.id,
      patch: { summary: "Counted patch", topics: ["counted"] },
      ifMatch: undefined,
      baseUrl: ORIGIN,
    });
    expect(reply.body).toMatchObject({ summary: "Counted patch", topics: ["counted"] });
    expect(counter.roundTrips()).toBe(2);
  });
});
