import type { Db, Statement } from "../db/client";
import { ApiError } from "../domain/errors";
import { commit, type RecordedReply } from "./commit";
import type { IdempotencyContext, Reply, Written } from "./reply";

/**
 * A create, planned from fresh reads: its statements, its reply, what a replay answers instead,
 * and the outbox events among the statements.
 */
export interface CreatePlan<B> {
  statements: Statement[];
  reply: Reply<B>;
  replayBody?: unknown;
  events?: string[];
}

/**
 * Each round of a race lets at least one writer through; losers plan again after a short random
 * pause that grows with the attempt. Past this many tries the answer is 409 with Retry-After.
 */
const ATTEMPTS = 5;

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
}

/**
 * Creates run in the Worker (claims, articles, keys): nothing else writes the rows they make, so
 * the only race is two creates taking one unique key (a new speaker's name, an article's URL).
 * The loser plans again from new reads, which now find the winner's row.
 */
export async function create<B>(
  db: Db,
  idempotency: IdempotencyContext | undefined,
  plan: () => Promise<CreatePlan<B>>,
): Promise<Written<B>> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const planned = await plan();
    const recorded: RecordedReply | undefined = idempotency && {
      context: idempotency,
      reply: planned.reply,
      replayBody: planned.replayBody,
    };
    const committed = await commit(db, planned.statements, recorded);
    if (committed.outcome === "written") return { reply: planned.reply, events: planned.events ?? [] };
    // A replay is the reply the first request stored: the same body, serialised earlier.
    if (committed.outcome === "replayed") return { reply: committed.reply as Reply<B>, events: [] };
    await pause(attempt);
  }
  throw new ApiError("conflict", "Other requests kept taking the same names or URLs. Try again.");
}
