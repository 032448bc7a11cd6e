import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { insertApiKey } from "../../src/db/api-keys";
import { createDb } from "../../src/db/client";
import { newApiKey, type Role } from "../../src/domain/api-keys";
import { type CallOptions, call, expectProblem } from "../helpers";

/**
 * A key stored straight in D1: creating it through POST /v1/keys would count against the
 * ADMIN_TOKEN's write limit, which these tests share with one another (the limiter's counts live
 * across test files).
 */
export async function storedKey(role: Role, name = `${role} key`): Promise<{ id: string; key: string }> {
  const { row, key } = await newApiKey(role, name, new Date().toISOString());
  await insertApiKey(createDb(env.DB), row);
  return { id: row.id, key };
}

/** A client IPv4 address no other test uses. */
export function freshIpv4(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

/** `call` from a client address (`CF-Connecting-IP`). */
export function callFrom(ip: string, path: string, options: CallOptions = {}): Promise<Response> {
  return call(path, { ...options, headers: { ...options.headers, "CF-Connecting-IP": ip } });
}

/**
 * The local limiter counts in windows aligned to the clock's minutes: start a burst far enough
 * inside one that it cannot straddle two.
 */
export async function awayFromMinuteEdge(marginMs = 10_000): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 60_000 - marginMs) await new Promise((resolve) => setTimeout(resolve, 60_000 - into + 250));
}

/**
 * Waits for the start of the next window: for a count every test shares (ADMIN_TOKEN, the
 * "unknown" address), which a burst cut short by a window's end leaves half used.
 */
export async function freshWindow(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 250));
}

/** Asserts the 429 problem every limit answers, with its Retry-After in seconds. */
export async function expectRateLimited(res: Response, retryAfter = "60"): Promise<void> {
  expect(res.headers.get("Retry-After")).toBe(retryAfter);
  await expectProblem(res, 429, "rate_limited");
}

/** `count` requests made one after another; their statuses. */
export async function statusesOf(count: number, request: (i: number) => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await request(i);
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  return statuses;
}
