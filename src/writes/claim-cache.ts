import type { Db } from "../db/client";
import { loadWriteHead, type WriteHead } from "../db/status-updates";
import { ApiError } from "../domain/errors";
import { assertIfMatch } from "../domain/etag";

/**
 * How often a writer reloads a head that turned out stale before it answers 503. Only a write
 * that bypassed the writer can make the head stale, so one reload is the normal worst case.
 */
const RELOADS = 4;

/**
 * The per-claim writer's memory of its claim's head (kind, version, newest entry), so that an
 * append costs one D1 round trip. D1 stays the truth: the writer forgets the head whenever a
 * guarded batch finds it stale, and loads it again.
 */
export class HeadCache {
  #head: WriteHead | null = null;

  constructor(
    private readonly db: Db,
    readonly claimId: string,
  ) {}

  /** The head, and whether it was read from D1 just now (so a failed If-Match is not a stale memory). */
  async current(): Promise<{ head: WriteHead; fresh: boolean }> {
    if (this.#head) return { head: this.#head, fresh: false };
    const head = await loadWriteHead(this.db, this.claimId);
    if (!head) throw new ApiError("claim_not_found", `No claim has id ${this.claimId}.`);
    this.#head = head;
    return { head, fresh: true };
  }

  /**
   * The head a write plans from, checked against If-Match (412 when stale). A mismatch with a
   * remembered head is confirmed against D1 first, so a stale memory never causes a 412.
   */
  async forWrite(ifMatch: number[] | undefined): Promise<WriteHead> {
    let { head, fresh } = await this.current();
    if (ifMatch && !ifMatch.includes(head.version) && !fresh) {
      this.forget();
      ({ head } = await this.current());
    }
    assertIfMatch(ifMatch, head.version);
    return head;
  }

  /** After a batch that changed nothing because the head was stale: reload, or give up with 503. */
  stale(attempt: number): void {
    this.forget();
    if (attempt > RELOADS) {
      throw new ApiError("unavailable", "The claim kept changing outside its writer. Try again shortly.");
    }
  }

  set(head: WriteHead): void {
    this.#head = head;
  }

  forget(): void {
    this.#head = null;
  }
}
