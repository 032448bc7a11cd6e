import { type ClaimState, loadClaimState } from "../db/claim-queries";
import type { Db } from "../db/client";
import { ApiError } from "../domain/errors";
import { assertIfMatch } from "../domain/etag";

/**
 * How often a writer reloads a claim that turned out stale before it answers 503. Only a write
 * that bypassed the writer can make it stale, so one reload is the normal worst case.
 */
const RELOADS = 4;

/**
 * The per-claim writer's memory of its claim (the record the API shows and the timeline head), so
 * that an append costs one D1 round trip and its event can carry the whole claim. D1 stays the
 * truth: the writer forgets the claim whenever a guarded batch finds it stale, and loads it again.
 */
export class ClaimCache {
  #state: ClaimState | null = null;

  constructor(
    private readonly db: Db,
    readonly claimId: string,
  ) {}

  /** The claim, and whether it was read from D1 just now (so a failed If-Match is not a stale memory). */
  async current(): Promise<{ state: ClaimState; fresh: boolean }> {
    if (this.#state) return { state: this.#state, fresh: false };
    const state = await loadClaimState(this.db, this.claimId);
    if (!state) throw new ApiError("claim_not_found", `No claim has id ${this.claimId}.`);
    this.#state = state;
    return { state, fresh: true };
  }

  /**
   * The claim a write plans from, checked against If-Match (412 when stale). A mismatch with a
   * remembered version is confirmed against D1 first, so a stale memory never causes a 412.
   */
  async forWrite(ifMatch: number[] | undefined): Promise<ClaimState> {
    let { state, fresh } = await this.current();
    if (ifMatch && !ifMatch.includes(state.record.claim.version) && !fresh) {
      this.forget();
      ({ state } = await this.current());
    }
    assertIfMatch(ifMatch, state.record.claim.version);
    return state;
  }

  /** After a batch that changed nothing because the claim was stale: reload, or give up with 503. */
  stale(attempt: number): void {
    this.forget();
    if (attempt > RELOADS) {
      throw new ApiError("unavailable", "The claim kept changing outside its writer. Try again shortly.");
    }
  }

  set(state: ClaimState): void {
    this.#state = state;
  }

  forget(): void {
    this.#state = null;
  }
}
