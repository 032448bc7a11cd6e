import { sha256Hex } from "./hashing";

export interface Evidence {
  url: string;
  title: string | null;
}

export interface ChainedFields {
  claim_id: string;
  status: string;
  note: string | null;
  evidence: Evidence[];
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
