import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { type ClaimBody, callJson, type ListBody, type StatusUpdateBody } from "../helpers";
import { EVERY_MINUTE, runCron, waitFor } from "../webhooks/hooks";
import type { Received } from "../webhooks/receiver";

/** What `GET /v1/claims/{id}/chain` answers. */
export interface ChainBody {
  claim_id: string;
  length: number;
  head_hash: string | null;
  valid: boolean;
  first_invalid: { seq: number; update_id: string; reason: string } | null;
}

export async function claimNow(id: string): Promise<ClaimBody> {
  return (await callJson<ClaimBody>(`/v1/claims/${id}`)).body;
}

export async function timeline(id: string): Promise<StatusUpdateBody[]> {
  return (await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${id}/updates?limit=100`)).body.data;
}

/** Asserts that anyone can verify the claim's timeline as `length` intact entries, and returns them. */
export async function expectIntactChain(id: string, length: number): Promise<StatusUpdateBody[]> {
  const { body } = await callJson<ChainBody>(`/v1/claims/${id}/chain`);
  expect(body).toMatchObject({ claim_id: id, length, valid: true, first_invalid: null });
  const entries = await timeline(id);
  expect(entries).toHaveLength(length);
  expect(body.head_hash).toBe(entries.at(-1)?.hash);
  return entries;
}

/** The outbox rows written for a claim: the events its writes committed, in the order they happened. */
export async function outboxOf(claimId: string): Promise<{ type: string; claim_version: number }[]> {
  const { results } = await env.DB.prepare(
    "select type, claim_version from events where claim_id = ? order by claim_version",
  )
    .bind(claimId)
    .all<{ type: string; claim_version: number }>();
  return results;
}

/**
 * A real failure inside the real local D1: a trigger that aborts every `op` on `table` (and so the
 * whole batch that contains it) until the returned function drops it.
 */
export async function breakTable(table: string, op: "insert" | "update"): Promise<() => Promise<void>> {
  const name = `fault_${table}_${op}`;
  await env.DB.prepare(
    `create trigger ${name} before ${op} on ${table} begin select raise(abort, 'injected fault: ${table} refuses ${op}'); end`,
  ).run();
  return async () => {
    await env.DB.prepare(`drop trigger ${name}`).run();
  };
}

/** The event types and claim versions a receiver got, in arrival order. */
export function eventsIn(requests: Received[]): string[] {
  return requests.map((r) => {
    const payload = JSON.parse(r.body) as { type: string; data: { claim: { version: number } } };
    return `${payload.type} v${payload.data.claim.version}`;
  });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lets simulated minutes pass, each ending with the minute cron as Cloudflare runs it, until `probe`
 * answers. The Worker runs in this isolate, so it reads the same clock; the test must have called
 * `vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true })`. Three minutes at most: a
 * signature older than five is refused by Standard Webhooks verifiers, the test's included.
 */
export async function minutesPass<T>(what: string, probe: () => Promise<T | undefined>, minutes = 3): Promise<T> {
  for (let minute = 0; ; minute++) {
    const value = await waitFor(what, probe, 5_000).catch(() => undefined);
    if (value !== undefined) return value;
    if (minute === minutes) throw new Error(`still waiting for ${what} after ${minutes} simulated minutes`);
    vi.setSystemTime(Date.now() + 60_000);
    await runCron(EVERY_MINUTE, Date.now());
  }
}
