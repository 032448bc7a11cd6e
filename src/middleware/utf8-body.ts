import type { MiddlewareHandler } from "hono";
import { ApiError } from "../domain/errors";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/**
 * SPEC.md: bodies are UTF-8. A declared charset other than UTF-8 is a 415, and bytes that are not
 * UTF-8 are a 400: without this check they would reach D1 as U+FFFD, silently changed. Runs after
 * the size limit and before anything reads the body (the bytes are cached for the validators).
 */
export const utf8Body: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
  const charset = CHARSET.exec(c.req.header("Content-Type") ?? "")?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new ApiError("unsupported_media_type", `Bodies are UTF-8; this one declares charset "${charset}".`);
  }
  const bytes = await c.req.arrayBuffer();
  try {
    utf8.decode(bytes);
  } catch {
    throw new ApiError("invalid_encoding", "The body is not valid UTF-8.");
  }
  await next();
};
