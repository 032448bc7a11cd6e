import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { createDb, sessionDatabase } from "../db/client";
import { countingD1 } from "../db/counting";
import { ApiError } from "../domain/errors";

/**
 * D1 read replication (the Sessions API). Every request runs its queries in one session: reads
 * may be answered by a nearby replica, writes go to the primary, and the session's bookmark comes
 * back in this header. A client that sends the bookmark of its last write with its next request
 * reads its own writes, whichever replica answers. Without replication (and locally) it changes
 * nothing.
 */
export const BOOKMARK_HEADER = "Claimtrail-Bookmark";

/** D1 bookmarks are four hyphenated hex groups; anything else would fail inside D1, as a 500. */
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The session for a request: from its bookmark when it sends one, else the nearest copy for API
 * reads and the primary for writes. The desk always uses the primary: a browser sends no bookmark
 * back, and a fact-checker must see their change on the page they are redirected to.
 */
export function requestSession(
  db: D1Database,
  request: { method: string; path: string; bookmark: string | undefined },
): D1DatabaseSession {
  const { method, path, bookmark } = request;
  if (bookmark !== undefined) {
    if (!BOOKMARK.test(bookmark)) {
      throw new ApiError("validation_failed", `${BOOKMARK_HEADER} must be a bookmark this API answered.`, {
        errors: [{ path: BOOKMARK_HEADER, message: "a D1 bookmark, as answered in this header" }],
      });
    }
    return db.withSession(bookmark);
  }
  const primary = !READS.has(method) || path === "/desk" || path.startsWith("/desk/");
  return db.withSession(primary ? "first-primary" : "first-unconstrained");
}

/**
 * Gives the request its db: a session as above, counting its own round trips for the log line.
 * Its bookmark is answered unless the claim's writer already answered a newer one.
 */
export const database: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = requestSession(c.env.DB, {
    method: c.req.method,
    path: c.req.path,
    bookmark: c.req.header(BOOKMARK_HEADER),
  });
  const counter = countingD1(sessionDatabase(session));
  c.set("roundTrips", counter.roundTrips);
  c.set("db", createDb(counter.db));
  await next();
  const bookmark = session.getBookmark();
  if (bookmark && !c.res.headers.has(BOOKMARK_HEADER)) c.res.headers.set(BOOKMARK_HEADER, bookmark);
};
