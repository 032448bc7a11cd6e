import { exports } from "cloudflare:workers";
import type { z } from "@hono/zod-openapi";
import { expect } from "vitest";
import type { Article } from "../src/schemas/articles";
import type { AuditEvent } from "../src/schemas/audit";
import type { Claim } from "../src/schemas/claims";
import type { Problem } from "../src/schemas/common";
import type { ExtractResult } from "../src/schemas/extract";
import type { ApiKey, CreatedApiKey } from "../src/schemas/keys";
import type { Speaker } from "../src/schemas/speakers";
import type { StatusUpdate } from "../src/schemas/status-updates";
import type { CreatedWebhook, Delivery, Webhook } from "../src/schemas/webhooks";

export const ADMIN_TOKEN = "test-admin-token";
export const ORIGIN = "http://claimtrail.test";

/** Response bodies, typed from the same zod schemas that declare them in the OpenAPI document. */
export type ClaimBody = z.infer<typeof Claim>;
export type StatusUpdateBody = z.infer<typeof StatusUpdate>;
export type ArticleBody = z.infer<typeof Article>;
export type SpeakerBody = z.infer<typeof Speaker>;
export type ApiKeyBody = z.infer<typeof ApiKey>;
export type CreatedKeyBody = z.infer<typeof CreatedApiKey>;
export type ExtractBody = z.infer<typeof ExtractResult>;
export type WebhookBody = z.infer<typeof Webhook>;
export type CreatedWebhookBody = z.infer<typeof CreatedWebhook>;
export type DeliveryBody = z.infer<typeof Delivery>;
export type AuditEventBody = z.infer<typeof AuditEvent>;
export type ProblemBody = z.infer<typeof Problem> & Record<string, unknown>;
export interface ListBody<T> {
  data: T[];
  next_cursor: string | null;
}

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** Calls the Worker (its real default export, in workerd, on the test's local D1). */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | Uint8Array | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const method = options.method ?? (body === undefined ? "GET" : "POST");
  // Redirects are answers to check (the desk redirects after every form), not to follow.
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body, redirect: "manual" }));
}

/** Calls the Worker and parses the JSON answer as `T` (the caller names what the route documents). */
export async function callJson<T = unknown>(
  path: string,
  options: CallOptions = {},
): Promise<{ res: Response; body: T }> {
  const res = await call(path, options);
  const text = await res.text();
  return { res, body: text ? (JSON.parse(text) as T) : (null as T) };
}

export async function createKey(role: "admin" | "editor", name = `${role} key`): Promise<{ id: string; key: string }> {
  const { res, body } = await callJson<CreatedKeyBody>("/v1/keys", { token: ADMIN_TOKEN, body: { role, name } });
  if (res.status !== 201 || body.key === null) throw new Error(`creating a key failed: ${res.status}`);
  return { id: body.id, key: body.key };
}

export const BLINKEN_QUOTE = "More than 90 percent of the issues have been agreed, decided.";

/** The worked example of SPEC.md, as a create-claim body; pass overrides to vary it. */
export function blinkenClaim(overrides: Record<string, unknown> = {}) {
  return {
    text: BLINKEN_QUOTE,
    summary: "Share of the issues agreed in the Gaza ceasefire talks",
    kind: "statistic",
    speaker: { name: "Antony Blinken", title: "US Secretary of State" },
    article: {
      url: "https://news.example/world/us-uk-joint-statement?utm_source=feed",
      title: "US and UK issue joint statement on Gaza ceasefire talks",
      publisher: "Example News",
      published_at: "2024-08-20T14:03:00Z",
    },
    quote_context: `Blinken told reporters: "${BLINKEN_QUOTE}"`,
    topics: ["Gaza", "ceasefire"],
    quantity: { value: 90, unit: "percent", qualifier: "more_than" },
    ...overrides,
  };
}

/** Creates a claim and returns it as reads will show it (without the create-only `possible_duplicates`). */
export async function createClaim(token: string, overrides: Record<string, unknown> = {}): Promise<ClaimBody> {
  const { res, body } = await callJson<ClaimBody & { possible_duplicates?: unknown }>("/v1/claims", {
    token,
    body: blinkenClaim(overrides),
  });
  if (res.status !== 201) throw new Error(`creating a claim failed: ${res.status} ${JSON.stringify(body)}`);
  const { possible_duplicates: _, ...claim } = body;
  return claim;
}

/** Asserts an RFC 9457 problem with this status and code, and returns its body for further checks. */
export async function expectProblem(res: Response, status: number, code: string): Promise<ProblemBody> {
  const body = (await res.json()) as ProblemBody;
  expect({ status: res.status, code: body.code }, JSON.stringify(body)).toEqual({ status, code });
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  expect(body).toMatchObject({
    type: `urn:claimtrail:problem:${code}`,
    title: expect.any(String),
    status,
    detail: expect.any(String),
    request_id: expect.any(String),
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
}
