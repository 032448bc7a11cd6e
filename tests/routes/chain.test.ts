import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  call,
  callJson,
  createClaim,
  expectProblem,
  type ListBody,
  type StatusUpdateBody,
} from "../helpers";

interface ChainBody {
  claim_id: string;
  length: number;
  head_hash: string | null;
  valid: boolean;
  first_invalid: { seq: number; update_id: string; reason: string } | null;
}

async function claimWithTimeline(): Promise<{ id: string; entries: StatusUpdateBody[] }> {
  const { id } = await createClaim(ADMIN_TOKEN);
  for (const status of ["under_review", "half_true", "false"]) {
    const { res } = await callJson(`/v1/claims/${id}/updates`, { token: ADMIN_TOKEN, body: { status, note: status } });
    expect(res.status).toBe(201);
  }
  const { body } = await callJson<ListBody<StatusUpdateBody>>(`/v1/claims/${id}/updates`);
  return { id, entries: body.data };
}

function chainOf(id: string) {
  return callJson<ChainBody>(`/v1/claims/${id}/chain`);
}

const sql = (query: string, ...values: unknown[]) =>
  env.DB.prepare(query)
    .bind(...values)
    .run();

describe("GET /v1/claims/{id}/chain", () => {
  it("reports an intact chain with its length and head", async () => {
    const { id, entries } = await claimWithTimeline();
    const { res, body } = await chainOf(id);
    expect(res.status).toBe(200);
    expect(body).toEqual({
      claim_id: id,
      length: 4,
      head_hash: entries.at(-1)?.hash,
      valid: true,
      first_invalid: null,
    });
  });

  it("answers 404 for an unknown claim", async () => {
    await expectProblem(await call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/chain"), 404, "claim_not_found");
  });

  describe("after rows were tampered with behind the triggers' back", () => {
    let intact: { id: string; entries: StatusUpdateBody[] };

    beforeAll(async () => {
      intact = await claimWithTimeline();
      const { results } = await env.DB.prepare(
        "select name from sqlite_master where type = 'trigger' and tbl_name = 'status_updates'",
      ).all<{ name: string }>();
      expect(results.length).toBeGreaterThanOrEqual(3);
      for (const { name } of results) await sql(`drop trigger "${name}"`);
    });

    it("names the first entry whose contents no longer match its hash", async () => {
      const { id, entries } = await claimWithTimeline();
      await sql("update status_updates set note = 'rewritten' where id = ?", entries[2]?.id);
      const { body } = await chainOf(id);
      expect(body).toMatchObject({
        length: 4,
        valid: false,
        first_invalid: { seq: 3, update_id: entries[2]?.id, reason: "hash_mismatch" },
      });
    });

    it("names an entry whose prev_hash does not link to the entry before", async () => {
      const { id, entries } = await claimWithTimeline();
      await sql("update status_updates set prev_hash = 'bogus' where id = ?", entries[1]?.id);
      const { body } = await chainOf(id);
      expect(body.first_invalid).toEqual({ seq: 2, update_id: entries[1]?.id, reason: "prev_hash_mismatch" });
    });

    it("names the entry after a deleted one", async () => {
      const { id, entries } = await claimWithTimeline();
      await sql("delete from status_updates where id = ?", entries[1]?.id);
      const { body } = await chainOf(id);
      expect(body).toMatchObject({
        length: 3,
        valid: false,
        first_invalid: { seq: 3, update_id: entries[2]?.id, reason: "seq_out_of_order" },
      });
    });

    it("still passes the claims nobody touched", async () => {
      expect((await chainOf(intact.id)).body).toMatchObject({ valid: true, length: 4 });
    });
  });
});
