import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { type ClaimBody, call, createClaim, createKey, expectProblem, type StatusUpdateBody } from "../helpers";
import { hookName, received, subscribe, verified } from "../webhooks/hooks";
import { claimNow, expectIntactChain, minutesPass, pause } from "./support";

vi.setConfig({ testTimeout: 90_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const WAVE = 32;
const MAX_WAVES = 4;
const STATUSES = ["under_review", "half_true", "misleading", "mostly_true", "false", "true"];
const isPatch = (i: number) => i % 4 === 3;

/** Write `i`: a status update under its own Idempotency-Key, or (every 4th) a metadata edit. */
function write(claimId: string, i: number): Promise<Response> {
  if (isPatch(i)) {
    return call(`/v1/claims/${claimId}`, { method: "PATCH", token: editor, body: { summary: `edit ${i}` } });
  }
  return call(`/v1/claims/${claimId}/updates`, {
    token: editor,
    headers: { "Idempotency-Key": `restart-${i}` },
    body: { status: STATUSES[i % STATUSES.length], note: `writer ${i}` },
  });
}

/**
 * Resets the claim's writer as the runtime does when it restarts an object: its memory is gone and
 * the calls in flight or queued in it fail.
 */
async function restartWriter(claimId: string): Promise<void> {
  const stub = env.WRITER.get(env.WRITER.idFromName(claimId));
  await runInDurableObject(stub, (_writer, state) => state.abort("restarting the writer")).catch(() => undefined);
}

/** The writer's own log: one `claim_write` line per write it finished (see docs/operations.md). */
function writesLogged(log: MockInstance<typeof console.log>, claimId: string): number {
  return log.mock.calls.filter(([line]) => String(line).includes(`"type":"claim_write","claim_id":"${claimId}"`))
    .length;
}

/** Waits until the writer has finished `count` writes, so the next restart cuts a queue that is under way. */
async function untilWritten(log: MockInstance<typeof console.log>, claimId: string, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (writesLogged(log, claimId) < count) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} writes`);
    await pause(5);
  }
}

describe("the claim's writer restarting while writes are queued in it", () => {
  it("answers each write 201/200 or a retryable 503; retried, every write is in the claim exactly once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const claim: ClaimBody = await createClaim(editor, { article: undefined });
    const hook = hookName("restart");
    const webhook = await subscribe(hook, {
      events: ["claim.status_changed", "claim.updated"],
      filter: { claim_ids: [claim.id] },
    });

    // Waves of writes, the writer restarted while each is under way (some landed, the rest queued),
    // until a restart has cut a queue: a wave that finished first proves nothing, so another follows.
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const sent: Promise<Response>[] = [];
    for (let wave = 0; wave < MAX_WAVES; wave++) {
      const done = writesLogged(log, claim.id);
      const answers = Array.from({ length: WAVE }, (_, n) => write(claim.id, wave * WAVE + n));
      sent.push(...answers);
      await untilWritten(log, claim.id, done + 2);
      await restartWriter(claim.id);
      if ((await Promise.all(answers)).some((res) => res.status === 503)) break;
    }
    const answers = await Promise.all(sent);

    const writes = answers.length;
    const unavailable: number[] = [];
    for (const [i, res] of answers.entries()) {
      if (res.status === 503) {
        expect(res.headers.get("Retry-After")).toBe("1");
        await expectProblem(res, 503, "unavailable");
        unavailable.push(i);
      } else expect(res.status).toBe(isPatch(i) ? 200 : 201);
    }
    expect(unavailable.length).toBeGreaterThan(0);

    await pause(1000);
    const retried = await Promise.all(unavailable.filter((i) => !isPatch(i)).map((i) => write(claim.id, i)));
    expect(retried.map((r) => r.status)).toEqual(retried.map(() => 201));

    const updates = new Map<number, StatusUpdateBody>();
    const edits: ClaimBody[] = [];
    for (const [i, res] of answers.entries()) {
      if (res.status === 201) updates.set(i, await res.json<StatusUpdateBody>());
      if (res.status === 200) edits.push(await res.json<ClaimBody>());
    }
    for (const [n, res] of retried.entries()) {
      updates.set(unavailable.filter((i) => !isPatch(i))[n] ?? -1, await res.json<StatusUpdateBody>());
    }
    const sentUpdates = Array.from({ length: writes }, (_, i) => i).filter((i) => !isPatch(i));
    expect([...updates.keys()].sort((a, b) => a - b)).toEqual(sentUpdates);

    const entries = await expectIntactChain(claim.id, 1 + sentUpdates.length);
    expect(
      entries
        .slice(1)
        .map((e) => e.note)
        .sort(),
    ).toEqual(sentUpdates.map((i) => `writer ${i}`).sort());
    for (const update of updates.values()) expect(entries).toContainEqual(update);

    // A PATCH answered 503 may or may not have landed (PATCH takes no Idempotency-Key): its
    // claim.updated event says which. Every version the claim went through is one event.
    const expectedEvents = (await claimNow(claim.id)).version - 1;
    const requests = await minutesPass(`${expectedEvents} deliveries`, async () => {
      const got = await received(hook);
      return got.length >= expectedEvents ? got : undefined;
    });
    await pause(500);
    expect(await received(hook)).toHaveLength(expectedEvents);
    const events = requests.map(
      (r) => verified(webhook.secret ?? "", r) as { type: string; data: { claim: ClaimBody } },
    );
    expect(events.map((e) => e.data.claim.version)).toEqual(
      Array.from({ length: expectedEvents }, (_, i) => claim.version + 1 + i),
    );
    const landedEdits = events.filter((e) => e.type === "claim.updated");
    expect(events.filter((e) => e.type === "claim.status_changed")).toHaveLength(sentUpdates.length);
    expect(landedEdits.length).toBeGreaterThanOrEqual(edits.length);
    expect(landedEdits.length).toBeLessThanOrEqual(edits.length + unavailable.filter(isPatch).length);
    for (const edit of edits) expect(landedEdits.map((e) => e.data.claim.version)).toContain(edit.version);
    expect((await claimNow(claim.id)).version).toBe(claim.version + sentUpdates.length + landedEdits.length);
  });
});
