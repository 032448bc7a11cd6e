import { DurableObject } from "cloudflare:workers";
import { createDb, sessionDatabase } from "../db/client";
import { ApiError, type ProblemCode } from "../domain/errors";
import { BOOKMARK_HEADER } from "../http/d1-session";
import { logLine } from "../http/request-log";
import { enqueue, eventMessages } from "../webhooks/queue";
import { type AppendRequest, appendUpdate } from "./append-update";
import { ClaimCache } from "./claim-cache";
import { type PatchRequest, patchClaim } from "./patch-claim";
import type { Reply, Written } from "./reply";

/** A problem as plain data: ApiError's class does not survive RPC, its fields do. */
export interface ProblemData {
  code: ProblemCode;
  detail: string;
  extensions: Record<string, unknown>;
}

export type WriterResult<B> = { ok: true; reply: Reply<B> } | { ok: false; problem: ProblemData };

/**
 * One Durable Object per claim (named by the claim's id) owns every write to that claim: status
 * updates and metadata changes are applied one at a time, in arrival order, so independent
 * appends never conflict. D1 stays the only source of truth; reads never come here.
 */
export class ClaimWriter extends DurableObject<Env> {
  // One session on the primary for the object's life: each write's bookmark goes back with its reply,
  // so the writer's client can read what it wrote from any replica (http/d1-session.ts).
  #session = this.env.DB.withSession("first-primary");
  #db = createDb(sessionDatabase(this.#session));
  #cache: ClaimCache | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  append(request: AppendRequest) {
    return this.#inTurn(request.claimId, (cache) => appendUpdate(this.#db, cache, request));
  }

  patch(request: PatchRequest) {
    return this.#inTurn(request.claimId, (cache) => patchClaim(this.#db, cache, request));
  }

  /**
   * Runs writes strictly one after another. Awaiting D1 lets other requests into the object, so
   * the order is kept by a queue of promises rather than by the runtime.
   */
  #inTurn<B>(claimId: string, write: (cache: ClaimCache) => Promise<Written<B>>): Promise<WriterResult<B>> {
    const run = this.#queue.then(() => this.#settle(claimId, write));
    this.#queue = run;
    return run;
  }

  async #settle<B>(claimId: string, write: (cache: ClaimCache) => Promise<Written<B>>): Promise<WriterResult<B>> {
    if (this.#cache?.claimId !== claimId) this.#cache = new ClaimCache(this.#db, claimId);
    const started = Date.now();
    const log = (outcome: string) =>
      logLine({ type: "claim_write", claim_id: claimId, outcome, duration_ms: Date.now() - started });
    try {
      const { reply, events } = await write(this.#cache);
      // The Queue send is not part of the turn: the events are in D1 already, and the minute cron
      // re-sends any the Queue never got.
      this.ctx.waitUntil(enqueue(this.env.EVENTS_QUEUE, eventMessages(events)));
      log(String(reply.status));
      const bookmark = this.#session.getBookmark();
      return {
        ok: true,
        reply: bookmark ? { ...reply, headers: { ...reply.headers, [BOOKMARK_HEADER]: bookmark } } : reply,
      };
    } catch (error) {
      if (error instanceof ApiError) {
        log(error.code);
        return { ok: false, problem: { code: error.code, detail: error.message, extensions: error.extensions } };
      }
      // Whatever failed, the claim in memory may no longer be D1's: start the next write from D1.
      this.#cache.forget();
      console.error(
        JSON.stringify({ claim_writer: claimId, error: error instanceof Error ? error.stack : String(error) }),
      );
      return {
        ok: false,
        problem: { code: "internal_error", detail: "The write failed on our side.", extensions: {} },
      };
    }
  }
}
