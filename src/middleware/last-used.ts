import { stampLastUsed } from "../db/api-keys";
import { createDb } from "../db/client";

/** `last_used_at` is only as fine as this: at most one write per key per interval. */
export const LAST_USED_INTERVAL_MS = 5 * 60 * 1000;

/** Keys seen by this isolate, and when it last wrote their stamp. Few keys exist; the cap is a backstop. */
const written = new Map<string, number>();
const MEMO_LIMIT = 10_000;

/**
 * Records that a key was used, off the request's path: nothing when this isolate stamped the key
 * within the interval, else one conditional UPDATE after the response (`waitUntil`), on the
 * binding itself rather than the request's counted session.
 */
export function noteKeyUse(env: Env, ctx: Pick<ExecutionContext, "waitUntil">, keyId: string, now = Date.now()): void {
  const last = written.get(keyId);
  if (last !== undefined && now - last < LAST_USED_INTERVAL_MS) return;
  if (written.size >= MEMO_LIMIT) written.clear();
  written.set(keyId, now);
  const since = new Date(now - LAST_USED_INTERVAL_MS).toISOString();
  const write = stampLastUsed(createDb(env.DB), keyId, new Date(now).toISOString(), since)
    .run()
    .catch((error: unknown) => {
      // A missed stamp only makes `last_used_at` older; let the next request try again.
      written.delete(keyId);
      console.error(JSON.stringify({ message: "last_used_at not written", key_id: keyId, error: String(error) }));
    });
  ctx.waitUntil(write);
}
