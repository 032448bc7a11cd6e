import { createHash } from "node:crypto";
import { type Api, FatalProblem, NetworkError, problemOf } from "../api";
import { type ReportLine, summarize, writeReport } from "../import/report";
import { sendRecord } from "../import/send";
import { readState, StateFile, statePathFor } from "../import/state";
import { startProgress } from "../progress";
import { entriesOf } from "../records/find";
import { mapEntry } from "../records/map";
import type { Refused, StatusScale } from "../records/types";

export interface ImportOptions {
  report: string;
  concurrency: number;
  dryRun: boolean;
}

/**
 * Imports every record of `text` (read from the absolute path `file`). Exit codes: 0 every record
 * imported or skipped, 1 some failed or the run stopped, 130 interrupted.
 */
export async function runImport(api: Api, file: string, text: string, options: ImportOptions): Promise<number> {
  const started = Date.now();
  const scales = await statusScales(api);
  const entries = entriesOf(text);
  const mapped = entries.map((entry) => mapEntry(entry, scales));
  const header = { file, sha256: createHash("sha256").update(text).digest("hex"), records: entries.length };
  const statePath = statePathFor(options.report);
  const state = options.dryRun ? { done: [] } : readState(statePath, header);
  if ("ignored" in state) process.stderr.write(`Starting over: ${state.ignored}.\n`);
  const carried = "done" in state ? state.done.map((line) => ({ ...line, earlier_run: true as const })) : [];
  const stateFile = options.dryRun ? undefined : new StateFile(statePath, header, carried);
  if (carried.length > 0) process.stderr.write(`Resuming: ${carried.length} records were handled by an earlier run.\n`);

  const lines: ReportLine[] = [...carried];
  const settled = new Set(carried.map((line) => line.record));
  const progress = startProgress("import", entries.length);
  const tally = () => {
    const n = (outcome: ReportLine["outcome"]) => lines.filter((l) => l.outcome === outcome).length;
    const sent = options.dryRun ? `would import ${n("would_import")}` : `imported ${n("imported")}`;
    return `${sent} · skipped ${n("skipped")} · failed ${n("failed")}`;
  };
  let stopped: string | undefined;
  const interrupt = () => {
    stopped = "interrupted";
    process.once("SIGINT", () => process.exit(130));
  };
  process.once("SIGINT", interrupt);

  const one = async (i: number): Promise<void> => {
    const entry = entries[i];
    const record = mapped[i];
    if (!entry || !record) return;
    const base = { record: i + 1, at: entry.at, source_url: record.sourceUrl };
    let line: ReportLine;
    if (!record.ok) {
      const [first] = record.problems;
      line = { ...base, outcome: "skipped", ...(first ? { code: first.code } : {}), reason: reasonOf(record) };
    } else if (options.dryRun) {
      line = { ...base, outcome: "would_import", status: record.updates.at(-1)?.status ?? "unverified" };
    } else {
      try {
        line = { ...base, ...(await sendRecord(api, record)) };
      } catch (error) {
        if (error instanceof FatalProblem || error instanceof NetworkError) stopped ??= error.message;
        line = { ...base, outcome: "failed", reason: error instanceof Error ? error.message : String(error) };
      }
    }
    if (record.ok && record.warnings.length > 0) line.warnings = record.warnings;
    lines.push(line);
    stateFile?.append(line);
    progress.update(lines.length, tally());
  };

  // Records with the same review URL go one after another: two at once would both find the claim
  // without its rating and both post it.
  const lanes = new Map<string, Promise<void>>();
  const pending = entries.map((_, i) => i).filter((i) => !settled.has(i + 1));
  const worker = async () => {
    for (let i = pending.shift(); i !== undefined && stopped === undefined; i = pending.shift()) {
      const record = mapped[i];
      const lane = record?.ok ? (record.sourceUrl ?? `${record.claim.speaker.name}\n${record.claim.text}`) : `#${i}`;
      const run = (lanes.get(lane) ?? Promise.resolve()).then(() => one(i));
      lanes.set(lane, run);
      await run;
    }
  };
  progress.update(lines.length, tally());
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  progress.finish();
  process.removeListener("SIGINT", interrupt);

  writeReport(options.report, lines);
  process.stderr.write(`${summarize(lines, entries.length, (Date.now() - started) / 1000)}\n`);
  process.stderr.write(`Report: ${options.report} (one line per record, with its reason).\n`);
  const failed = lines.some((line) => line.outcome === "failed");
  if (stopped !== undefined) {
    process.stderr.write(
      `Stopped (${stopped}). Run the same command again to resume: ${statePath} keeps the progress.\n`,
    );
  } else if (failed) {
    process.stderr.write(`Run the same command again to retry the failed records (${statePath} keeps the rest).\n`);
  } else stateFile?.remove();
  if (stopped === "interrupted") return 130;
  return failed || stopped !== undefined ? 1 : 0;
}

function reasonOf(record: Refused): string {
  return record.problems.map((p) => p.message).join("; ");
}

async function statusScales(api: Api): Promise<StatusScale[]> {
  const res = await api.v1.statuses.$get({ query: {} });
  if (res.status !== 200) throw new Error(`GET /v1/statuses: ${(await problemOf(res)).summary}`);
  return (await res.json()).data;
}
