import type { Context } from "hono";

/** Links in responses point at the host the request came to: workers.dev, a custom domain or localhost. */
export function baseUrl(c: Context): string {
  return new URL(c.req.url).origin;
}
