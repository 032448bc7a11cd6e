import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * Resident memory of this run's workerd processes (the app and its Durable Objects run there), in
 * MiB: all of it, and the anonymous part (heaps) apart from file-backed pages (SQLite's database
 * files, mapped, which grow with the data and which the kernel may drop). Only processes started
 * by this script count, not another workerd on the machine.
 */
export function workerdMemory() {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (ours.has(ppid) && !ours.has(pid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  const total = { rss: 0, anon: 0, file: 0 };
  for (const [pid, , comm] of rows) {
    if (comm !== "workerd" || !ours.has(pid)) continue;
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN);
    total.rss += kib("VmRSS") / 1024;
    total.anon += kib("RssAnon") / 1024;
    total.file += (kib("RssFile") + kib("RssShmem")) / 1024;
  }
  return total;
}
