import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { ReportLine } from "./report";

/** Which input a state file belongs to: a record's number only means something in the same file. */
export interface StateHeader {
  file: string;
  sha256: string;
  records: number;
}

/** `claimtrail-import-report.ndjson` → `claimtrail-import-report.state.ndjson`, beside it. */
export function statePathFor(reportPath: string): string {
  return /\.ndjson$/i.test(reportPath) ? reportPath.replace(/\.ndjson$/i, ".state.ndjson") : `${reportPath}.state`;
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A run killed mid-write leaves a torn last line: it is as if that record was never done.
    return null;
  }
}

/**
 * The records an interrupted import of the same file already settled (imported or skipped; failed
 * ones are tried again), or why the state file cannot be used.
 */
export function readState(path: string, header: StateHeader): { done: ReportLine[] } | { ignored: string } {
  if (!existsSync(path)) return { done: [] };
  const [first, ...rest] = readFileSync(path, "utf8").split("\n");
  const found = parseLine(first ?? "") as Partial<StateHeader> | null;
  if (found?.sha256 !== header.sha256) {
    return { ignored: `${path} belongs to ${found?.file ?? "another input"} or to an earlier version of it` };
  }
  const done = new Map<number, ReportLine>();
  for (const text of rest) {
    const line = parseLine(text) as ReportLine | null;
    if (line && typeof line.record === "number" && line.outcome !== "failed") done.set(line.record, line);
  }
  return { done: [...done.values()] };
}

/** Appends each settled record as it happens, so a killed run loses at most the records in flight. */
export class StateFile {
  constructor(
    readonly path: string,
    header: StateHeader,
    carried: readonly ReportLine[],
  ) {
    // Written aside and renamed, so a run killed right now still leaves the old state whole.
    writeFileSync(`${path}.tmp`, [header, ...carried].map((line) => `${JSON.stringify(line)}\n`).join(""));
    renameSync(`${path}.tmp`, path);
  }

  append(line: ReportLine): void {
    appendFileSync(this.path, `${JSON.stringify(line)}\n`);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}
