import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../src/index";
import { countingD1 } from "../d1-counter";
import { ADMIN_TOKEN, blinkenClaim, type Json, ORIGIN } from "../helpers";

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

let claim: Json;

beforeAll(async () => {
  const created = await measure("/v1/claims", asAdmin(blinkenClaim()));
  claim = await created.res.json();
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

  it("posting a status update is one read batch and one write batch", async () => {
    const { res, roundTrips } = await measure(`/v1/claims/${claim.id}/updates`, asAdmin({ status: "under_review" }));
    expect(res.status).toBe(201);
    expect(roundTrips).toBe(2);
  });
});
