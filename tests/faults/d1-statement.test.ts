import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type ArticleBody,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  expectProblem,
  type ListBody,
  type SpeakerBody,
  type StatusUpdateBody,
} from "../helpers";
import { hookName, received, receivedAtLeast, subscribe, verified } from "../webhooks/hooks";
import { breakTable, claimNow, eventsIn, expectIntactChain, outboxOf, pause } from "./support";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A claim and a subscription to its later changes (not to its creation, which may race the subscribe). */
async function watchedClaim(label: string) {
  const claim = await createClaim(editor, { article: undefined });
  const hook = hookName(label);
  const webhook = await subscribe(hook, {
    events: ["claim.status_changed", "claim.updated"],
    filter: { claim_ids: [claim.id] },
  });
  return { claim, hook, secret: webhook.secret ?? "" };
}

/** Waits for `count` deliveries to the hook, then a little longer to be sure no more come. */
async function exactlyDelivered(hook: string, count: number) {
  await receivedAtLeast(hook, count);
  await pause(400);
  return received(hook);
}

const FAULTS = [
  { where: "the outbox insert (the batch's 2nd statement)", table: "events", op: "insert" },
  { where: "the claim's version bump (its 3rd)", table: "claims", op: "update" },
  { where: "the Idempotency-Key record (its last)", table: "idempotency_records", op: "insert" },
] as const;

describe("a D1 statement failing inside a status update's batch", () => {
  for (const fault of FAULTS) {
    it(`answers 500, and leaves nothing behind, when ${fault.where} fails; the same key lands it once later`, async () => {
      vi.spyOn(console, "error").mockImplementation(() => undefined);
      const { claim, hook, secret } = await watchedClaim(fault.table);
      const post = () =>
        call(`/v1/claims/${claim.id}/updates`, {
          token: editor,
          headers: { "Idempotency-Key": `rating-${fault.table}` },
          body: { status: "under_review", note: "Checking the negotiating texts." },
        });

      const heal = await breakTable(fault.table, fault.op);
      try {
        for (let i = 0; i < 2; i++) {
          const res = await post();
          expect(res.headers.get("Retry-After")).toBeNull();
          const problem = await expectProblem(res, 500, "internal_error");
          expect(JSON.stringify(problem)).not.toMatch(/injected fault|trigger|sqlite|D1_ERROR/i);
        }
        const now = await call(`/v1/claims/${claim.id}`);
        expect(now.headers.get("ETag")).toBe(`"v${claim.version}"`);
        expect(await now.json()).toEqual(claim);
        await expectIntactChain(claim.id, 1);
        expect(await outboxOf(claim.id)).toEqual([{ type: "claim.created", claim_version: 1 }]);
      } finally {
        await heal();
      }

      const landed = await post();
      expect(landed.status).toBe(201);
      expect(landed.headers.get("Idempotent-Replayed")).toBeNull();
      expect(landed.headers.get("Claim-ETag")).toBe(`"v${claim.version + 1}"`);
      const update = await landed.json<StatusUpdateBody>();
      const replay = await post();
      expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
      expect(await replay.json()).toEqual(update);

      const entries = await expectIntactChain(claim.id, 2);
      expect(entries[1]).toEqual(update);
      expect(await claimNow(claim.id)).toMatchObject({ version: claim.version + 1, status: { code: "under_review" } });
      expect((await outboxOf(claim.id)).map((e) => `${e.type} v${e.claim_version}`)).toEqual([
        "claim.created v1",
        "claim.status_changed v2",
      ]);
      const requests = await exactlyDelivered(hook, 1);
      expect(eventsIn(requests)).toEqual(["claim.status_changed v2"]);
      expect(verified(secret, requests[0] ?? { headers: {}, body: "", at: 0 })).toMatchObject({
        data: { update: { id: update.id } },
      });
    });
  }
});

describe("a D1 statement failing inside a PATCH's batch", () => {
  it("answers 500 and changes nothing; the PATCH sent again applies once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { claim, hook } = await watchedClaim("patch");
    const patch = () =>
      call(`/v1/claims/${claim.id}`, {
        method: "PATCH",
        token: editor,
        headers: { "If-Match": `"v${claim.version}"` },
        body: { summary: "Share of the ceasefire issues agreed", topics: ["gaza", "diplomacy"] },
      });

    const heal = await breakTable("events", "insert");
    try {
      await expectProblem(await patch(), 500, "internal_error");
      expect(await claimNow(claim.id)).toEqual(claim);
    } finally {
      await heal();
    }

    const res = await patch();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: claim.version + 1, topics: ["gaza", "diplomacy"] });
    await expectProblem(await patch(), 412, "precondition_failed");
    expect(eventsIn(await exactlyDelivered(hook, 1))).toEqual(["claim.updated v2"]);
    await expectIntactChain(claim.id, 1);
  });
});

describe("a D1 statement failing inside a new claim's batch", () => {
  it("answers 500 and creates no claim, speaker or article; the same Idempotency-Key then creates one", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const url = "https://news.example/world/fault-injection-briefing";
    const create = () =>
      call("/v1/claims", {
        token: editor,
        headers: { "Idempotency-Key": "new-claim-under-fault" },
        body: {
          text: "Ninety percent of the aid trucks got through this week.",
          kind: "statistic",
          speaker: { name: "Faulty Spokesperson" },
          article: { url, title: "Briefing (illustrative)" },
        },
      });
    const claimsBefore = (await callJson<ListBody<ClaimBody>>("/v1/claims?limit=100")).body.data;

    const heal = await breakTable("events", "insert");
    try {
      await expectProblem(await create(), 500, "internal_error");
    } finally {
      await heal();
    }
    expect((await callJson<ListBody<ClaimBody>>("/v1/claims?limit=100")).body.data).toEqual(claimsBefore);
    expect((await callJson<ListBody<ArticleBody>>(`/v1/articles?url=${encodeURIComponent(url)}`)).body.data).toEqual(
      [],
    );
    const speakers = (await callJson<ListBody<SpeakerBody>>("/v1/speakers?limit=100")).body.data;
    expect(speakers.map((s) => s.name)).not.toContain("Faulty Spokesperson");

    const res = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get("Idempotent-Replayed")).toBeNull();
    const claim = await res.json<ClaimBody>();
    const replay = await create();
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(((await replay.json()) as ClaimBody).id).toBe(claim.id);
    expect((await callJson<ListBody<ClaimBody>>("/v1/claims?limit=100")).body.data).toHaveLength(
      claimsBefore.length + 1,
    );
    expect(await outboxOf(claim.id)).toEqual([{ type: "claim.created", claim_version: 1 }]);
    await expectIntactChain(claim.id, 1);
  });
});
