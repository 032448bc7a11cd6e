#!/usr/bin/env node
/**
 * `npm run bench:scale -- --sizes 10000,100000,1000000`: read latency against the number of claims.
 * For each size, a local D1 seeded by bench/seed.mjs (reused from .wrangler/bench/claims-N when it
 * was made with the current migrations, else seeded first) and Claimtrail started on it with
 * wrangler's `unstable_startWorker`, through a bench-only entry (bench/scale-worker.mjs) that times
 * requests inside the Worker: each scenario runs `--runs` times (default 100, after 10 unmeasured),
 * one after the other, from handing the request to the app to reading its body. No HTTP, so the
 * figures are the app and its D1 queries. p50, p95 and mean per scenario go to .logs/scale-N.json;
 * the table printed at the end holds every size found there, so 1M can be run on its own and still
 * land in the same table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { raisedWorkerLimits } from "../scripts/raised-limits.mjs";
import { defaultPersist, migrationNames, seed } from "./seed.mjs";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    runs: { type: "string", default: "100" },
    reseed: { type: "boolean", default: false },
  },
});
const SIZES = values.sizes.split(",").map(Number);
const RUNS = Number(values.runs);
const WARMUP = 10;
const TOKEN = "bench-admin-token";
// Set before wrangler is loaded (it picks its log file on import), so its logs stay in the project.
Object.assign(process.env, { CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
const { unstable_startWorker } = await import("wrangler");

const cursorAfter = (id) => Buffer.from(JSON.stringify({ after: id })).toString("base64url");
const DAY = 86_400_000;

/** [scenario, path, whether the page size is fixed (the goal applies)] for one seeded database. */
function scenarios(d) {
  const end = Date.parse(d.end);
  const iso = (ms) => new Date(ms).toISOString();
  const q = (text) => `/v1/claims?q=${encodeURIComponent(text)}`;
  const timelineMiddle = iso(Date.parse(d.end) + DAY + 500 * 60_000);
  const open = "unverified,under_review,pending,in_progress,stalled";
  return [
    ["control: GET /healthz (one trivial D1 query)", "/healthz", false],
    ["one claim", `/v1/claims/${d.middleClaimId}`, false],
    ["newest 20", "/v1/claims", true],
    ["20 from the middle (cursor)", `/v1/claims?cursor=${cursorAfter(d.middleClaimId)}`, true],
    ["status=under_review", "/v1/claims?status=under_review", true],
    ["status=true,false,misleading", "/v1/claims?status=true,false,misleading", true],
    ["kind=promise", "/v1/claims?kind=promise", true],
    ["speaker_id (busiest speaker)", `/v1/claims?speaker_id=${d.busySpeakerId}`, true],
    ["speaker_id (quietest speaker)", `/v1/claims?speaker_id=${d.quietSpeakerId}`, true],
    [`topic=${d.topics.common} (15 % of claims)`, `/v1/claims?topic=${d.topics.common}`, true],
    ["topic, rare (1 in 50,000)", `/v1/claims?topic=${d.topics.rare}`, true],
    ["topic and status", `/v1/claims?topic=${d.topics.common}&status=true`, true],
    ["updated_since (7 days before the newest)", `/v1/claims?updated_since=${iso(end - 7 * DAY)}`, true],
    ["updated_since (a year before)", `/v1/claims?updated_since=${iso(end - 365 * DAY)}`, true],
    ["review_due_before (the newest claim's day)", `/v1/claims?review_due_before=${d.end.slice(0, 10)}`, true],
    ["stale_days=30", "/v1/claims?stale_days=30", true],
    ["source_url", `/v1/claims?source_url=${encodeURIComponent(d.sourceUrl)}`, true],
    ["open and due (the desk's due view)", `/v1/claims?status=${open}&review_due_before=${d.end.slice(0, 10)}`, true],
    [`q=${d.terms.rare} (rare: 1 claim in 40,000)`, q(d.terms.rare), true],
    [`q=${d.terms.common} (common: 1 claim in 10)`, q(d.terms.common), true],
    [`q=${d.terms.veryCommon} (very common: every claim)`, q(d.terms.veryCommon), true],
    ["q=unemployment in leeds (with a stop word)", q("unemployment in leeds"), true],
    ["q=unemployment&topic=economy", `${q("unemployment")}&topic=economy`, true],
    ["q=perc (prefix of a word in every claim)", q("perc"), true],
    ["as_of, in a 1,000-update timeline", `/v1/claims/${d.timelineClaimId}?as_of=${timelineMiddle}`, false],
    ["timeline, first 100 of 1,000", `/v1/claims/${d.timelineClaimId}/updates?limit=100`, false],
    [
      "timeline, last 100 of 1,000 (cursor)",
      `/v1/claims/${d.timelineClaimId}/updates?limit=100&cursor=${cursorAfter("900")}`,
      false,
    ],
    ["whole 1,000-update timeline (include=timeline)", `/v1/claims/${d.timelineClaimId}?include=timeline`, false],
    [
      "match (a paraphrase)",
      `/v1/claims/match?text=${encodeURIComponent("Unemployment in Leeds fell by 12 percent since 2019")}`,
      false,
    ],
  ];
}

const fmt = (ms) => `${ms.toFixed(0).padStart(4)} ms`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timeScenario(url, path) {
  const ask = async (runs) => {
    const res = await fetch(`${url}/__scale?${new URLSearchParams({ path, runs: String(runs) })}`);
    const body = await res.json();
    if (!res.ok) throw new Error(`${path}: ${body.error}`);
    return body;
  };
  await ask(WARMUP);
  const { samples, items } = await ask(RUNS);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean, items };
}

async function ensureSeeded(claims) {
  const persist = defaultPersist(claims);
  const file = join(persist, "seed.json");
  if (!values.reseed && existsSync(file)) {
    const described = JSON.parse(readFileSync(file, "utf8"));
    if (JSON.stringify(described.migrations) === JSON.stringify(migrationNames())) return { persist, described };
  }
  return { persist, described: await seed({ claims, persist }) };
}

mkdirSync(".logs", { recursive: true });
for (const claims of SIZES) {
  const { persist, described } = await ensureSeeded(claims);
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    entrypoint: "bench/scale-worker.mjs",
    bindings: { ...raisedWorkerLimits, ADMIN_TOKEN: { type: "plain_text", value: TOKEN } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "error" },
  });
  try {
    await worker.ready;
    const url = (await worker.url).origin;
    const results = [];
    console.log(`\n${claims.toLocaleString("en")} claims (seeded in ${described.seedSeconds} s), ${RUNS} runs each`);
    for (const [name, path, fixedPage] of scenarios(described)) {
      const r = await timeScenario(url, path);
      results.push({ name, path, fixedPage, ...r });
      console.log(
        `  ${name.padEnd(52)} p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  mean ${r.mean.toFixed(1).padStart(5)} ms`,
      );
    }
    const out = { claims, runs: RUNS, date: new Date().toISOString(), seedSeconds: described.seedSeconds, results };
    writeFileSync(join(".logs", `scale-${claims}.json`), `${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await worker.dispose();
  }
}

// One table over every size measured so far (this run's and earlier ones in .logs/).
const measured = [10_000, 100_000, 1_000_000]
  .map((n) => join(".logs", `scale-${n}.json`))
  .filter((f) => existsSync(f))
  .map((f) => JSON.parse(readFileSync(f, "utf8")));
const label = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
console.log(`\n| scenario | ${measured.map((m) => `${label(m.claims)} p50 / p95 (mean)`).join(" | ")} |`);
console.log(`|---|${measured.map(() => "---:").join("|")}|`);
const m0fixed = (i) => measured[0].results[i].fixedPage;
for (const [i, { name }] of (measured[0]?.results ?? []).entries()) {
  const cells = measured.map((m) => {
    const r = m.results[i];
    return r ? `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} (${r.mean.toFixed(1)})` : "";
  });
  console.log(`| ${name}${m0fixed(i) ? "" : " ¹"} | ${cells.join(" | ")} |`);
}
