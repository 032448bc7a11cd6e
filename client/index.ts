import { hc } from "hono/client";
import type { AppType } from "../src/app";

export type { AppType };

export interface ClientOptions {
  /** An API key (`ctk_…`) or the ADMIN_TOKEN, sent as a bearer token; reads need none. */
  key?: string;
  /** Another fetch, e.g. a service binding's, or one that adds retries. */
  fetch?: typeof fetch;
}

/**
 * A fully typed Claimtrail client: every `/v1` route with its query, body and answers, from the
 * Worker's own route definitions (`hono/client`). `claimtrail(url).v1.claims.$get({ query: {…} })`.
 */
export function claimtrail(baseUrl: string, options: ClientOptions = {}) {
  return hc<AppType>(baseUrl, {
    headers: options.key ? { Authorization: `Bearer ${options.key}` } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
