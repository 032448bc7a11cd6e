import { exports } from "cloudflare:workers";

export const ADMIN_TOKEN = "test-admin-token";
export const ORIGIN = "http://claimtrail.test";

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Calls the Worker (its real default export, in workerd, on the test's local D1). */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const method = options.method ?? (body === undefined ? "GET" : "POST");
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }));
}

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely and asserted field by field
export type Json = any;

export async function callJson(path: string, options: CallOptions = {}): Promise<{ res: Response; body: Json }> {
  const res = await call(path, options);
  const text = await res.text();
  return { res, body: text ? JSON.parse(text) : null };
}

export async function createKey(role: "admin" | "editor", name = `${role} key`): Promise<{ id: string; key: string }> {
  const { res, body } = await callJson("/v1/keys", { token: ADMIN_TOKEN, body: { role, name } });
  if (res.status !== 201) throw new Error(`creating a key failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
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

export async function createClaim(token: string, overrides: Record<string, unknown> = {}): Promise<Json> {
  const { res, body } = await callJson("/v1/claims", { token, body: blinkenClaim(overrides) });
  if (res.status !== 201) throw new Error(`creating a claim failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
}
