import type { Context, TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSONParsed } from "hono/utils/types";

/**
 * Answers JSON text written without `c.json()` (claimPageJson splices in JSON that SQLite built)
 * typed as `c.json()` would type a `T`, which @hono/zod-openapi checks a handler's answer against.
 * The cast is the caller's promise that `text` is a `T` written out: tests parse what it answers.
 */
export function jsonText<T, U extends ContentfulStatusCode = 200>(
  c: Context,
  text: string,
  status: U,
  headers: Record<string, string>,
) {
  const response: Response = c.body(text, status, { ...headers, "Content-Type": "application/json" });
  return response as Response & TypedResponse<JSONParsed<T>, U, "json">;
}
