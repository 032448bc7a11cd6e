import { describe, expect, it } from "vitest";
import { chainHash } from "../../src/domain/hash-chain";

/** SPEC.md's definition, written out independently of the code under test. */
async function specHash(prev: string, fields: unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(`${prev}\n${JSON.stringify(fields)}`);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("chainHash", () => {
  const first = {
    claim_id: "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1",
    status: "unverified",
    note: null,
    evidence: [],
    created_at: "2024-08-20T14:03:00.000Z",
  };

  it("hashes the first entry from an empty prev_hash", async () => {
    const hash = await chainHash("", first);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(await specHash("", [first.claim_id, "unverified", null, [], first.created_at]));
  });

  it("chains each entry to the previous hash", async () => {
    const prev = await chainHash("", first);
    const second = {
      ...first,
      status: "false",
      note: "Illustrative rating",
      evidence: [{ url: "https://evidence.example/a", title: "Source A" }],
      created_at: "2024-08-21T09:00:00.000Z",
    };
    expect(await chainHash(prev, second)).toBe(
      await specHash(prev, [first.claim_id, "false", "Illustrative rating", second.evidence, second.created_at]),
    );
    expect(await chainHash("", second)).not.toBe(await chainHash(prev, second));
  });

  it("writes evidence keys in {url, title} order whatever order they came in", async () => {
    const evidence = [{ title: "T", url: "https://evidence.example/b" }];
    const hash = await chainHash("", { ...first, evidence });
    expect(hash).toBe(
      await specHash("", [
        first.claim_id,
        "unverified",
        null,
        [{ url: "https://evidence.example/b", title: "T" }],
        first.created_at,
      ]),
    );
  });

  it("changes when any field changes", async () => {
    const base = await chainHash("", first);
    expect(await chainHash("", { ...first, note: "x" })).not.toBe(base);
    expect(await chainHash("", { ...first, created_at: "2024-08-20T14:03:00.001Z" })).not.toBe(base);
    expect(await chainHash("", { ...first, claim_id: "clm_other" })).not.toBe(base);
  });
});
