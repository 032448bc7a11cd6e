import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { chainHash } from "../../src/domain/hash-chain";
import { ADMIN_TOKEN, callJson, createClaim } from "../helpers";

interface Row {
  id: string;
  claim_id: string;
  seq: number;
  status: string;
  note: string | null;
  evidence: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

let claimId: string;
let rows: Row[];

async function timeline(id: string): Promise<Row[]> {
  const { results } = await env.DB.prepare("select * from status_updates where claim_id = ? order by seq")
    .bind(id)
    .all<Row>();
  return results;
}

function sql(query: string, ...values: unknown[]) {
  return env.DB.prepare(query)
    .bind(...values)
    .run();
}

/** A row in the column order of status_updates, with fields overridden. */
function insertRow(verb: string, row: Row) {
  return sql(
    `${verb} into status_updates (id, claim_id, seq, status, previous_status, note, evidence, author_key_id, author_name, created_at, prev_hash, hash) values (?, ?, ?, ?, null, ?, ?, null, 'forger', ?, ?, ?)`,
    row.id,
    row.claim_id,
    row.seq,
    row.status,
    row.note,
    row.evidence,
    row.created_at,
    row.prev_hash,
    row.hash,
  );
}

beforeAll(async () => {
  claimId = (await createClaim(ADMIN_TOKEN)).id;
  for (const status of ["under_review", "half_true"]) {
    const { res } = await callJson(`/v1/claims/${claimId}/updates`, { token: ADMIN_TOKEN, body: { status } });
    expect(res.status).toBe(201);
  }
  rows = await timeline(claimId);
  expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
});

const refused = (pattern: RegExp) => expect.objectContaining({ message: expect.stringMatching(pattern) });

describe("the database refuses any rewrite of a timeline", () => {
  it("refuses UPDATE and DELETE", async () => {
    await expect(sql("update status_updates set note = 'rewritten' where id = ?", rows[1]?.id)).rejects.toThrow(
      refused(/append-only/),
    );
    await expect(sql("delete from status_updates where id = ?", rows[1]?.id)).rejects.toThrow(refused(/append-only/));
  });

  it("refuses REPLACE of an existing entry, whatever seq it claims", async () => {
    const [, second, head] = rows as [Row, Row, Row];
    await expect(insertRow("replace", { ...second, status: "true" })).rejects.toThrow(refused(/append-only/));
    await expect(insertRow("insert or replace", { ...second, status: "true" })).rejects.toThrow(refused(/append-only/));
    await expect(insertRow("replace", { ...head, seq: 4, prev_hash: head.hash })).rejects.toThrow(
      refused(/append-only/),
    );
  });

  it("refuses a forged INSERT with a seq that is not the head's + 1", async () => {
    const head = rows[2] as Row;
    for (const seq of [101, 3, 2, 0]) {
      await expect(
        insertRow("insert", { ...head, id: `upd_forged_${seq}`, seq, prev_hash: head.hash }),
      ).rejects.toThrow(refused(/seq must be the head's seq \+ 1/));
    }
  });

  it("refuses a forged INSERT whose prev_hash is not the head's hash", async () => {
    const head = rows[2] as Row;
    for (const prevHash of ["bogus", "", (rows[1] as Row).hash]) {
      await expect(insertRow("insert", { ...head, id: "upd_forged", seq: 4, prev_hash: prevHash })).rejects.toThrow(
        refused(/prev_hash must be the head's hash/),
      );
    }
    expect(await timeline(claimId)).toEqual(rows);
  });

  it("accepts an entry that extends the chain, and nothing else changed meanwhile", async () => {
    const head = rows[2] as Row;
    const entry = { ...head, id: "upd_direct", seq: 4, status: "false", note: "direct", prev_hash: head.hash };
    entry.hash = await chainHash(head.hash, { ...entry, evidence: [] });
    await insertRow("insert", entry);
    const { body } = await callJson(`/v1/claims/${claimId}/chain`);
    expect(body).toEqual({ claim_id: claimId, length: 4, head_hash: entry.hash, valid: true, first_invalid: null });
  });
});
