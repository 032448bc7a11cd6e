import { createHash } from "node:crypto";
import { type Api, problemOf } from "../api";
import { landedCount } from "../records/landed";
import type { Mapped, NewClaim, TimelineEntry } from "../records/types";
import type { ReportLine } from "./report";

export type Sent = Pick<ReportLine, "outcome" | "code" | "reason" | "claim_id" | "status" | "resumed">;

/**
 * The Idempotency-Key of one write, derived from what the write says (the review URL and the
 * body, or the claim, step and body): a retried request replays the first answer instead of
 * landing twice, and a record whose mapping changed is a new request, not a 422.
 */
function idempotencyKey(...parts: unknown[]): string {
  return `claimtrail-import-${createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 48)}`;
}

/**
 * Sends one record: creates its claim (or finds the one an earlier import made) and posts the
 * updates the claim's timeline does not hold yet.
 */
export async function sendRecord(api: Api, record: Mapped): Promise<Sent> {
  const found = record.sourceUrl === null ? await findSameClaim(api, record.claim) : undefined;
  const claim = found ? { existing: found } : await createClaim(api, record);
  if ("outcome" in claim) return claim;
  let from = 0;
  if ("existing" in claim) {
    const landed = landedCount(await timelineOf(api, claim.existing), record.updates);
    if (landed === record.updates.length || landed === null) {
      const since = landed === null ? "; rated again since, so left as it is" : "";
      return {
        outcome: "skipped",
        code: "already_imported",
        reason: `already imported as ${claim.existing}${since}`,
        claim_id: claim.existing,
      };
    }
    from = landed;
  }
  const id = "existing" in claim ? claim.existing : claim.created;
  for (const [step, update] of record.updates.entries()) {
    if (step < from) continue;
    const res = await api.v1.claims[":id"].updates.$post(
      { param: { id }, header: {}, json: update },
      { headers: { "Idempotency-Key": idempotencyKey("update", id, step, update) } },
    );
    if (res.status !== 201) {
      const { summary } = await problemOf(res);
      return {
        outcome: "failed",
        reason: `update ${step + 1} of ${record.updates.length} to ${id}: ${summary}`,
        claim_id: id,
      };
    }
  }
  const status = record.updates.at(-1)?.status ?? "unverified";
  return { outcome: "imported", claim_id: id, status, ...("existing" in claim ? { resumed: true as const } : {}) };
}

async function createClaim(api: Api, record: Mapped): Promise<{ created: string } | { existing: string } | Sent> {
  const res = await api.v1.claims.$post(
    { json: record.claim },
    { headers: { "Idempotency-Key": idempotencyKey("claim", record.sourceUrl, record.claim) } },
  );
  if (res.status === 201) {
    const { id } = await res.json();
    // A replay means an earlier run created it: its updates may have landed too.
    return res.headers.get("Idempotent-Replayed") === "true" ? { existing: id } : { created: id };
  }
  const problem = await problemOf(res);
  if (problem.code === "claim_exists" && typeof problem.body.claim_id === "string") {
    return { existing: problem.body.claim_id };
  }
  if (problem.status >= 400 && problem.status < 500) {
    return { outcome: "skipped", code: "rejected_by_api", reason: `the API refused the claim: ${problem.summary}` };
  }
  return { outcome: "failed", reason: `creating the claim: ${problem.summary}` };
}

async function timelineOf(api: Api, id: string): Promise<TimelineEntry[]> {
  const res = await api.v1.claims[":id"].$get({ param: { id }, query: { include: "timeline" } });
  if (res.status !== 200) throw new Error(`reading ${id}: ${(await problemOf(res)).summary}`);
  return (await res.json()).timeline ?? [];
}

/**
 * An exported claim without a `source_url` has no key to be found by: it is the same claim when
 * a tracked claim without one has the same text, speaker, kind and article.
 */
async function findSameClaim(api: Api, claim: NewClaim): Promise<string | undefined> {
  const res = await api.v1.claims.match.$get({
    query: {
      text: claim.text,
      ...(claim.speaker.name ? { speaker: claim.speaker.name } : {}),
      ...(claim.language ? { language: claim.language } : {}),
      limit: "20",
    },
  });
  if (res.status !== 200)
    throw new Error(`looking for ${JSON.stringify(claim.text)}: ${(await problemOf(res)).summary}`);
  const same = (await res.json()).data.find(
    ({ claim: c }) =>
      c.source_url === null &&
      c.text === claim.text.trim() &&
      c.speaker.name === claim.speaker.name?.trim() &&
      c.kind === (claim.kind ?? "statement") &&
      (c.appearances[0]?.article.url ?? null) === (claim.article?.url ?? null),
  );
  return same?.claim.id;
}
