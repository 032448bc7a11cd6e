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

/** Writes that land before the restart, then writes that are queued in the writer when it restarts. */
const BEFORE = 8;
const QUEUED = 32;
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

/** The writer's own log: one `claim_write` line per write it finished (see docs/operations.md). */
const isWriteOf = (claimId: string, line: unknown) =>
  String(line).includes(`"type":"claim_write","claim_id":"${claimId}"`);

/**
 * Restarts the claim's writer while `writes` are queued in it, as the runtime does when it resets an
 * object: its memory is gone and the calls in flight or queued in it fail. The object is held
 * (`blockConcurrencyWhile`) while the writes are sent, so they wait at its door; once it opens, the
 * writer aborts itself as it logs its second write (that one landed, but its caller never hears so).
 * One restart per run, at a point that does not depend on timing: an abort now and then crashes
 * workerd (signal 11), so the test does not try its luck with several.
 */
async function restartMidQueue(
  claimId: string,
  log: MockInstance<typeof console.log>,
  writes: () => Promise<Response>[],
): Promise<Response[]> {
  const stub = env.WRITER.get(env.WRITER.idFromName(claimId));
  // Plain flags, polled: a promise made in one request and resolved in another never settles in workerd.
  const door = { held: false, open: false };
  let written = 0;
  const hold = runInDurableObject(stub, async (_writer, state) => {
    log.mockImplementation((line) => {
      if (isWriteOf(claimId, line) && ++written === 2) state.abort("restarting the writer");
    });
    await state.blockConcurrencyWhile(async () => {
      door.held = true;
      while (!door.open) await pause(5);
    });
  });
  while (!door.held) await pause(5);
  const answers = writes();
  await pause(500);
  door.open = true;
  await hold;
  const settled = await Promise.all(answers);
  log.mockImplementation(() => undefined);
  return settled;
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

    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const landed = await Promise.all(Array.from({ length: BEFORE }, (_, i) => write(claim.id, i)));
    const cut = await restartMidQueue(claim.id, log, () =>
      Array.from({ length: QUEUED }, (_, n) => write(claim.id, BEFORE + n)),
    );
    const answers = [...landed, ...cut];

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
