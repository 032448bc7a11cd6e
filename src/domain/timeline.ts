import type { z } from "@hono/zod-openapi";
import type { StatusUpdateRow } from "../db/schema";
import type { CreateStatusUpdateBody } from "../schemas/status-updates";
import { chainHash } from "./hash-chain";
import { newId } from "./ids";

/** Who wrote a timeline entry: a stored key (its id and name) or the admin token (id null). */
export interface Author {
  keyId: string | null;
  name: string;
}

/** The newest entry of a claim's timeline, as far as the next entry needs it; null before the first. */
export interface TimelineHead {
  seq: number;
  hash: string;
  status: string;
  createdAt: string;
}

export type EntryInput = z.output<typeof CreateStatusUpdateBody>;

/**
 * The entry that extends a timeline from `head`: the next seq, chained to the head's hash. Its
 * `created_at` is never earlier than the head's, so a clock that steps back (another machine,
 * after the writer moved) cannot make the timeline run backwards.
 */
export async function nextEntry(
  claimId: string,
  head: TimelineHead | null,
  input: EntryInput,
  author: Author,
  clock: string,
): Promise<StatusUpdateRow> {
  const prevHash = head?.hash ?? "";
  const now = head && head.createdAt > clock ? head.createdAt : clock;
  return {
    id: newId("upd", Date.parse(now)),
    claimId,
    seq: (head?.seq ?? 0) + 1,
    status: input.status,
    previousStatus: head?.status ?? null,
    note: input.note,
    evidence: input.evidence,
    authorKeyId: author.keyId,
    authorName: author.name,
    createdAt: now,
    prevHash,
    hash: await chainHash(prevHash, { claim_id: claimId, ...input, created_at: now }),
  };
}
