import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { type Api, problemOf } from "../api";
import { startProgress } from "../progress";
import type { ExportLine } from "../records/types";

export type ExportFormat = "ndjson" | "claimreview";

/** Claims read at once: enough to hide the round trips, few enough to stay polite to the server. */
const PARALLEL = 8;

/**
 * Every claim, oldest first, one JSON record a line: `{claim, timeline}` (ndjson, what `import`
 * reads back) or the claim's ClaimReview (claimreview). With `out`, the file appears only once
 * complete, so a cut-short export never passes for a whole one.
 */
export async function runExport(api: Api, format: ExportFormat, out: string | undefined): Promise<number> {
  const ids = await allClaimIds(api);
  const partial = out === undefined ? undefined : `${out}.partial`;
  const sink: Writable = partial === undefined ? process.stdout : createWriteStream(partial);
  const progress = startProgress("export", ids.length);
  try {
    for (let start = 0; start < ids.length; start += PARALLEL) {
      const batch = ids.slice(start, start + PARALLEL);
      const records = await Promise.all(
        batch.map((id) => (format === "ndjson" ? exportLine(api, id) : claimReview(api, id))),
      );
      for (const record of records) {
        if (!sink.write(`${JSON.stringify(record)}\n`)) await once(sink, "drain");
      }
      progress.update(start + batch.length, "");
    }
  } catch (error) {
    if (partial !== undefined) rmSync(partial, { force: true });
    throw error;
  } finally {
    progress.finish();
  }
  if (partial !== undefined && out !== undefined) {
    sink.end();
    await once(sink, "finish");
    renameSync(partial, out);
  }
  process.stderr.write(`Exported ${ids.length} claims (${format})${out ? ` to ${out}` : ""}.\n`);
  return 0;
}

/** Every claim id, walking the cursors; the list is newest first, the export oldest first. */
async function allClaimIds(api: Api): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.v1.claims.$get({ query: { limit: "100", ...(cursor ? { cursor } : {}) } });
    if (res.status !== 200) throw new Error(`listing claims: ${(await problemOf(res)).summary}`);
    const page = await res.json();
    ids.push(...page.data.map((claim) => claim.id));
    cursor = page.next_cursor;
  } while (cursor !== null);
  return ids.reverse();
}

async function exportLine(api: Api, id: string): Promise<ExportLine> {
  const res = await api.v1.claims[":id"].$get({ param: { id }, query: { include: "timeline" } });
  if (res.status !== 200) throw new Error(`reading ${id}: ${(await problemOf(res)).summary}`);
  const { timeline = [], ...claim } = await res.json();
  return { claim, timeline };
}

async function claimReview(api: Api, id: string): Promise<unknown> {
  const res = await api.v1.claims[":id"].claimreview.$get({ param: { id } });
  if (res.status !== 200) throw new Error(`reading ${id}'s ClaimReview: ${(await problemOf(res)).summary}`);
  return res.json();
}
