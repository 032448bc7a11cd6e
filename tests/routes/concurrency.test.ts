import { beforeAll, describe, expect, it } from "vitest";
import {
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  type StatusUpdateBody,
} from "../helpers";

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

const STATUSES = ["under_review", "true", "false", "half_true", "misleading", "mostly_true"];

function postUpdate(claimId: string, i: number, headers: Record<string, string> = {}) {
  return call(`/v1/claims/${claimId}/updates`, {
    token: editor,
    headers,
    body: { status: STATUSES[i % STATUSES.length], note: `writer ${i}` },
  });
}

function patch(claimId: string, i: number, headers: Record<string, string> = {}) {
  return call(`/v1/claims/${claimId}`, { method: "PATCH", token: editor, headers, body: { summary: `patch ${i}` } });
}

async function timeline(claimId: string): Promise<StatusUpdateBody[]> {
  return (await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${claimId}/updates?limit=100`)).body.data;
}

/** One linear chain: seq order, each entry linked to the one before by hash and previous status. */
function expectLinear(entries: StatusUpdateBody[]) {
  for (const [i, entry] of entries.entries()) {
    const before = entries[i - 1];
    expect(entry.prev_hash).toBe(before?.hash ?? "");
    expect(entry.previous_status).toBe(before?.status ?? null);
  }
}

async function claimNow(id: string): Promise<ClaimBody> {
  return (await callJson<ClaimBody>(`/v1/claims/${id}`)).body;
}

describe("concurrent writes to one claim", () => {
  it("lands all 50 simultaneous status updates without If-Match, in one linear chain", async () => {
    const claim = await createClaim(editor);
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => postUpdate(claim.id, i)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const created = await Promise.all(responses.map((r) => r.json<StatusUpdateBody>()));
    const entries = await timeline(claim.id);
    expect(entries).toHaveLength(51);
    expect(new Set(entries.slice(1).map((e) => e.id))).toEqual(new Set(created.map((c) => c.id)));
    expectLinear(entries);
    const after = await claimNow(claim.id);
    expect(after.version).toBe(claim.version + 50);
    expect(after.status.code).toBe(entries.at(-1)?.status);
    const chain = await callJson<{ valid: boolean; length: number }>(`/v1/claims/${claim.id}/chain`);
    expect(chain.body).toMatchObject({ valid: true, length: 51 });
  });

  it("lands all 30 simultaneous PATCHes", async () => {
    const claim = await createClaim(editor);
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => patch(claim.id, i)));
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200));
    const versions = (await Promise.all(responses.map((r) => r.json<ClaimBody>()))).map((c) => c.version);
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => claim.version + 1 + i));
    expect((await claimNow(claim.id)).version).toBe(claim.version + 30);
  });

  it("lands 50 mixed PATCHes and status updates, each with its own version", async () => {
    const claim = await createClaim(editor);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? patch(claim.id, i) : postUpdate(claim.id, i))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 200 : 201)));
    const tags = responses.map((r) => r.headers.get("ETag") ?? r.headers.get("Claim-ETag"));
    expect(new Set(tags).size).toBe(50);
    expect((await claimNow(claim.id)).version).toBe(claim.version + 50);
    const entries = await timeline(claim.id);
    expect(entries).toHaveLength(26);
    expectLinear(entries);
  });

  it("lets exactly one of many writers with the same If-Match win; the others get 412", async () => {
    const claim = await createClaim(editor);
    const ifMatch = { "If-Match": `"v${claim.version}"` };
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? postUpdate(claim.id, i, ifMatch) : patch(claim.id, i, ifMatch),
      ),
    );
    const winners = responses.filter((r) => r.status < 300);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((r) => r.status >= 300)) {
      const problem = await expectProblem(loser, 412, "precondition_failed");
      expect(problem.current_version).toBe(claim.version + 1);
    }
    expect((await claimNow(claim.id)).version).toBe(claim.version + 1);
  });

  it("replays one Idempotency-Key sent by concurrent requests instead of appending twice", async () => {
    const claim = await createClaim(editor);
    const headers = { "Idempotency-Key": "same-update" };
    const responses = await Promise.all(Array.from({ length: 10 }, () => postUpdate(claim.id, 1, headers)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.json<StatusUpdateBody>()));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("Idempotent-Replayed") === "true")).toHaveLength(9);
    expect(await timeline(claim.id)).toHaveLength(2);
  });
});
