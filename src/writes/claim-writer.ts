import { DurableObject } from "cloudflare:workers";
import { createDb } from "../db/client";
import { ApiError, type ProblemCode } from "../domain/errors";
import { type AppendRequest, appendUpdate } from "./append-update";
import { HeadCache } from "./head-cache";
import { type PatchRequest, patchClaim } from "./patch-claim";
import type { Reply } from "./reply";

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
  #db = createDb(this.env.DB);
  #heads: HeadCache | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  append(request: AppendRequest) {
    return this.#inTurn(request.claimId, (heads) => appendUpdate(this.#db, heads, request));
  }

  patch(request: PatchRequest) {
    return this.#inTurn(request.claimId, (heads) => patchClaim(this.#db, heads, request));
  }

  /**
   * Runs writes strictly one after another. Awaiting D1 lets other requests into the object, so
   * the order is kept by a queue of promises rather than by the runtime.
   */
  #inTurn<B>(claimId: string, write: (heads: HeadCache) => Promise<Reply<B>>): Promise<WriterResult<B>> {
    const run = this.#queue.then(() => this.#settle(claimId, write));
    this.#queue = run;
    return run;
  }

  async #settle<B>(claimId: string, write: (heads: HeadCache) => Promise<Reply<B>>): Promise<WriterResult<B>> {
    if (this.#heads?.claimId !== claimId) this.#heads = new HeadCache(this.#db, claimId);
    try {
      return { ok: true, reply: await write(this.#heads) };
    } catch (error) {
      if (error instanceof ApiError) {
        return { ok: false, problem: { code: error.code, detail: error.message, extensions: error.extensions } };
      }
      // Whatever failed, the head in memory may no longer be D1's: start the next write from D1.
      this.#heads.forget();
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
