import { writeFileSync } from "node:fs";
import type { SkipCode } from "../records/types";

/** What happened to one record: a line of the report and of the state file. */
export interface ReportLine {
  /** Position in the file, from 1, in the order records were found. */
  record: number;
  /** Where in the file: "line 4", "document: dataFeedElement[16].item[0]". */
  at: string;
  outcome: "imported" | "skipped" | "failed" | "would_import";
  code?: SkipCode;
  reason?: string;
  source_url?: string | null;
  claim_id?: string;
  status?: string;
  /** The claim existed from an interrupted run: only its missing updates were posted. */
  resumed?: true;
  /** Read from the state file: handled by an earlier run of the same import. */
  earlier_run?: true;
  warnings?: string[];
}

/** What each skip code means, for the summary (docs/cli.md explains them at length). */
const SKIP_CODES: Record<SkipCode, string> = {
  not_a_record: "not a ClaimReview or an export line",
  no_claim_text: "no claimReviewed",
  bad_review_url: "review url missing, relative or broken",
  no_review_author: "no author of the review",
  no_rating: "no reviewRating",
  unknown_rating: "rating not in cli/ratings.ts and no usable numbers",
  bad_export_line: "export line without text, speaker or a valid timeline",
  already_imported: "already imported (same review URL)",
  rejected_by_api: "refused by the API (see the reason)",
};

export function writeReport(path: string, lines: readonly ReportLine[]): void {
  const sorted = [...lines].sort((a, b) => a.record - b.record);
  writeFileSync(path, sorted.map((line) => `${JSON.stringify(line)}\n`).join(""));
}

/** The end of an import, for standard error: counts, skip codes by frequency, and where the details are. */
export function summarize(lines: readonly ReportLine[], total: number, seconds: number): string {
  const count = (outcome: ReportLine["outcome"]) => lines.filter((l) => l.outcome === outcome).length;
  const counts = [
    count("would_import") > 0 ? `would import ${count("would_import")}` : `imported ${count("imported")}`,
    `skipped ${count("skipped")}`,
    `failed ${count("failed")}`,
  ];
  const out = [`${counts.join(", ")} of ${total} records in ${seconds.toFixed(1)} s.`];
  const earlier = lines.filter((l) => l.earlier_run).length;
  if (earlier > 0) out.push(`${earlier} of them were handled by an earlier run (read from the state file).`);
  const byCode = new Map<SkipCode, number>();
  for (const { code } of lines) if (code) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  if (byCode.size > 0) out.push("Skipped:");
  for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) {
    out.push(`  ${String(n).padStart(5)}  ${code.padEnd(18)} ${SKIP_CODES[code]}`);
  }
  const failed = lines.filter((l) => l.outcome === "failed").slice(0, 5);
  if (failed.length > 0) out.push("Failed:");
  for (const line of failed) out.push(`  record ${line.record} (${line.at}): ${line.reason ?? ""}`);
  return out.join("\n");
}
