import { describe, expect, it } from "vitest";
import type { StatusUpdateRow } from "../../src/db/schema";
import { chainHash, verifyChain } from "../../src/domain/hash-chain";
import { nextEntry } from "../../src/domain/timeline";

const CLAIM = "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1";
const author = { keyId: null, name: "Admin token" };

async function chainOf(statuses: string[]): Promise<StatusUpdateRow[]> {
  const entries: StatusUpdateRow[] = [];
  for (const [i, status] of statuses.entries()) {
    const head = entries.at(-1) ?? null;
    const at = `2024-08-2${i}T10:00:00.000Z`;
    entries.push(await nextEntry(CLAIM, head, { status, note: `note ${i}`, evidence: [] }, author, at));
  }
  return entries;
}

describe("nextEntry", () => {
  it("extends the head: next seq, its hash as prev_hash, its status as previous_status", async () => {
    const [first, second] = await chainOf(["unverified", "under_review"]);
    expect(first).toMatchObject({ seq: 1, prevHash: "", previousStatus: null });
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash, previousStatus: "unverified" });
    expect(second?.hash).toBe(
      await chainHash(first?.hash ?? "", {
        claim_id: CLAIM,
        status: "under_review",
        note: "note 1",
        evidence: [],
        created_at: "2024-08-21T10:00:00.000Z",
      }),
    );
  });

  it("never dates an entry before the head, even when the clock stepped back", async () => {
    const [head] = await chainOf(["unverified"]);
    if (!head) throw new Error("no head");
    const next = await nextEntry(
      CLAIM,
      head,
      { status: "true", note: null, evidence: [] },
      author,
      "2020-01-01T00:00:00.000Z",
    );
    expect(next.createdAt).toBe(head.createdAt);
  });
});

describe("verifyChain", () => {
  it("passes an intact chain and reports its head", async () => {
    const entries = await chainOf(["unverified", "under_review", "false"]);
    expect(await verifyChain(CLAIM, entries)).toEqual({
      length: 3,
      head_hash: entries[2]?.hash,
      valid: true,
      first_invalid: null,
    });
  });

  it.each([
    ["a rewritten note", (e: StatusUpdateRow) => ({ ...e, note: "rewritten" }), "hash_mismatch"],
    ["a relinked prev_hash", (e: StatusUpdateRow) => ({ ...e, prevHash: "bogus" }), "prev_hash_mismatch"],
    ["a renumbered seq", (e: StatusUpdateRow) => ({ ...e, seq: 7 }), "seq_out_of_order"],
    ["an entry of another claim", (e: StatusUpdateRow) => ({ ...e, claimId: "clm_other" }), "wrong_claim"],
  ] as const)("names the entry with %s", async (_name, tamper, reason) => {
    const entries = await chainOf(["unverified", "under_review", "false"]);
    const tampered = entries.map((e, i) => (i === 1 ? tamper(e) : e));
    expect((await verifyChain(CLAIM, tampered)).first_invalid).toEqual({
      seq: tampered[1]?.seq,
      update_id: entries[1]?.id,
      reason,
    });
  });

  it("reports an empty timeline as valid with no head", async () => {
    expect(await verifyChain(CLAIM, [])).toEqual({ length: 0, head_hash: null, valid: true, first_invalid: null });
  });
});
