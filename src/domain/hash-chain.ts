import type { z } from "@hono/zod-openapi";
import type { StatusUpdateRow } from "../db/schema";
import type { ChainReport as ChainReportSchema } from "../schemas/chain";
import type { Evidence } from "../schemas/status-updates";
import { sha256Hex } from "./hashing";

export interface ChainedFields {
  claim_id: string;
  status: string;
  note: string | null;
  evidence: readonly Evidence[];
  created_at: string;
}

/**
 * The hash SPEC.md defines for a timeline entry:
 * sha256(prev_hash + "\n" + JSON.stringify([claim_id, status, note, evidence, created_at])).
 * Evidence objects are rebuilt so their keys are always in {url, title} order.
 */
export function chainHash(prevHash: string, entry: ChainedFields): Promise<string> {
  const evidence = entry.evidence.map(({ url, title }) => ({ url, title }));
  const payload = JSON.stringify([entry.claim_id, entry.status, entry.note, evidence, entry.created_at]);
  return sha256Hex(`${prevHash}\n${payload}`);
}

/** Why an entry breaks the chain; the first failing check of verifyChain() names it. */
export const CHAIN_BREAKS = {
  seq_out_of_order: "seq is not the previous entry's seq + 1 (the first entry's is 1)",
  wrong_claim: "the entry belongs to another claim",
  prev_hash_mismatch: "prev_hash is not the previous entry's hash",
  hash_mismatch: "hash does not match the entry's contents",
} as const;
export type ChainBreak = keyof typeof CHAIN_BREAKS;

export type ChainReport = Omit<z.output<typeof ChainReportSchema>, "claim_id">;

type ChainLink = Pick<
  StatusUpdateRow,
  "id" | "claimId" | "seq" | "status" | "note" | "evidence" | "createdAt" | "prevHash" | "hash"
>;

/** Recomputes a claim's chain from its stored entries, oldest first, and reports the first break. */
export async function verifyChain(claimId: string, entries: readonly ChainLink[]): Promise<ChainReport> {
  let previous: ChainLink | undefined;
  for (const entry of entries) {
    const reason = await breakOf(claimId, entry, previous);
    if (reason) {
      return {
        length: entries.length,
        head_hash: entries.at(-1)?.hash ?? null,
        valid: false,
        first_invalid: { seq: entry.seq, update_id: entry.id, reason },
      };
    }
    previous = entry;
  }
  return { length: entries.length, head_hash: previous?.hash ?? null, valid: true, first_invalid: null };
}

async function breakOf(claimId: string, entry: ChainLink, previous: ChainLink | undefined): Promise<ChainBreak | null> {
  if (entry.seq !== (previous?.seq ?? 0) + 1) return "seq_out_of_order";
  if (entry.claimId !== claimId) return "wrong_claim";
  const prevHash = previous?.hash ?? "";
  if (entry.prevHash !== prevHash) return "prev_hash_mismatch";
  const fields = {
    claim_id: entry.claimId,
    status: entry.status,
    note: entry.note,
    evidence: entry.evidence,
    created_at: entry.createdAt,
  };
  return entry.hash === (await chainHash(prevHash, fields)) ? null : "hash_mismatch";
}
