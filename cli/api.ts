import { setTimeout as sleep } from "node:timers/promises";
import { claimtrail } from "../client";
import { isObject, type JsonObject } from "./records/json";

export type Api = ReturnType<typeof claimtrail>;

export interface Connection {
  baseUrl: string;
  key: string | undefined;
}

/** The server could not be reached at all, even after retrying. */
export class NetworkError extends Error {}

/** An answer that makes going on pointless (a bad key, a missing role): the command stops. */
export class FatalProblem extends Error {}

/** Busy answers (429, 503, 409 conflict) pass within seconds; a server that refuses connections rarely comes back as fast. */
const RETRIES = 6;
const CONNECTION_RETRIES = 3;
const MAX_WAIT_SECONDS = 60;
const TIMEOUT_MS = 30_000;

/**
 * The typed client (client/index.ts) over a fetch that retries what the API says to retry — 429,
 * 503 and 409 `conflict`, after their `Retry-After` — and connections that failed. Writes carry
 * an Idempotency-Key, so a retried write never lands twice.
 */
export function connect({ baseUrl, key }: Connection, onRetry: (message: string) => void = () => {}): Api {
  return claimtrail(baseUrl, { ...(key ? { key } : {}), fetch: retrying(onRetry) });
}

function retrying(onRetry: (message: string) => void): typeof fetch {
  return async (input, init) => {
    const what = `${init?.method ?? "GET"} ${input instanceof Request ? input.url : String(input)}`;
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(MAX_WAIT_SECONDS, 0.5 * 2 ** attempt);
      let res: Response;
      try {
        res = await fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      } catch (error) {
        const reason = causeOf(error);
        if (attempt >= CONNECTION_RETRIES) throw new NetworkError(`cannot reach ${what}: ${reason}`);
        onRetry(`${what}: ${reason}; retrying in ${backoff} s`);
        await sleep(backoff * 1000);
        continue;
      }
      if (attempt >= RETRIES || !(await isTransient(res))) return res;
      const wait = Math.min(MAX_WAIT_SECONDS, retryAfterSeconds(res.headers.get("retry-after")) ?? backoff);
      onRetry(`${what}: ${res.status}; retrying in ${wait} s`);
      await sleep(wait * 1000);
    }
  };
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

async function isTransient(res: Response): Promise<boolean> {
  if (res.status === 429 || res.status === 503) return true;
  if (res.status !== 409) return false;
  const body: unknown = await res
    .clone()
    .json()
    .catch(() => null);
  return isObject(body) && body.code === "conflict";
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), or null. */
function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, (at - now) / 1000);
}

export interface ApiProblem {
  status: number;
  code: string | null;
  /** The whole problem body, for extensions such as `claim_id`. */
  body: JsonObject;
  /** One line: "409 claim_exists: Claim clm_… was already imported from this review." */
  summary: string;
}

/**
 * What an error answer says, read from its problem+json body (or its text when it has none). A 401
 * or 403 throws FatalProblem instead: no later request with the same key could succeed either.
 */
export async function problemOf(res: { status: number; text(): Promise<string> }): Promise<ApiProblem> {
  const text = await res.text();
  let body: JsonObject = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) body = parsed;
  } catch {
    // Not JSON: the text itself is shown below.
  }
  const code = typeof body.code === "string" ? body.code : null;
  const detail = typeof body.detail === "string" ? body.detail : text.slice(0, 200);
  const fields = Array.isArray(body.errors)
    ? body.errors.filter(isObject).map((e) => `${String(e.path)}: ${String(e.message)}`)
    : [];
  const head = `${res.status}${code ? ` ${code}` : ""}`;
  const summary = `${head}${detail ? `: ${detail}` : ""}${fields.length > 0 ? ` (${fields.join("; ")})` : ""}`;
  if (res.status === 401 || res.status === 403) throw new FatalProblem(`the API refused the key: ${summary}`);
  return { status: res.status, code, body, summary };
}
