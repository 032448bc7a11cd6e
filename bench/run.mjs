#!/usr/bin/env node
/**
 * `npm run bench`: throughput and latency of Claimtrail's hot paths, next to a bare Worker on the
 * same workerd (the control), all on loopback. Figures are ratios to the control measured in the
 * same run, because absolute numbers depend on the machine. BENCH_SECONDS sets each run's length.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { unstable_startWorker } from "wrangler";
import { loadDemo } from "../scripts/demo.mjs";
import { benchExtraction } from "./extraction.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const TOKEN = "bench-admin-token";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };

async function start(config, persist, bindings = {}) {
  const worker = await unstable_startWorker({
    config,
    bindings,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "error" },
  });
  await worker.ready;
  return { worker, url: (await worker.url).origin };
}

async function post(url, path, body) {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** 500 claims from 50 speakers, so lists and search work on more than the demo rows. */
async function seed(url) {
  const [example] = await loadDemo(url, TOKEN);
  const ids = [];
  for (let batch = 0; batch < 50; batch++) {
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(url, "/v1/claims", {
          text: `Benchmark claim ${batch * 10 + i}: unemployment fell by ${i + 2} percent in region ${batch}.`,
          kind: "statistic",
          speaker: { name: `Speaker ${batch}` },
          article: { url: `https://bench.example/story/${batch}` },
          topics: [`region-${batch % 5}`, "economy"],
          quantity: { value: i + 2, unit: "percent", qualifier: "exactly" },
        }),
      ),
    );
    ids.push(...made.map((c) => c.id));
  }
  return { example, ids };
}

async function measure(name, options) {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${bad} failed requests of ${result.requests.total}`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const persist = mkdtempSync(join(tmpdir(), "claimtrail-bench-"));
execFileSync("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], {
  env: quiet,
  stdio: "ignore",
});
const app = await start("wrangler.toml", persist, { ADMIN_TOKEN: { type: "plain_text", value: TOKEN } });
const control = await start("bench/control/wrangler.toml", persist);
try {
  const { example, ids } = await seed(app.url);
  const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
  const statuses = ["under_review", "true", "false", "half_true", "misleading"];
  let n = 0;
  const runs = [
    await measure("control: bare Worker, JSON", { url: `${control.url}/` }),
    await measure("control: bare Worker, one D1 read", { url: `${control.url}/d1` }),
    await measure("GET /v1/claims/{id}", { url: `${app.url}/v1/claims/${example}` }),
    await measure("GET /v1/claims/{id}?include=timeline", { url: `${app.url}/v1/claims/${example}?include=timeline` }),
    await measure("GET /v1/claims (20 per page)", { url: `${app.url}/v1/claims` }),
    await measure("GET /v1/claims?q=unemployment&topic=economy", {
      url: `${app.url}/v1/claims?q=unemployment&topic=economy`,
    }),
    await measure("POST /v1/claims/{id}/updates", {
      url: app.url,
      requests: [
        {
          method: "POST",
          headers: auth,
          setupRequest: (request) => ({
            ...request,
            path: `/v1/claims/${ids[n++ % ids.length]}/updates`,
            body: JSON.stringify({ status: statuses[n % statuses.length], note: "bench" }),
          }),
        },
      ],
    }),
  ];
  const [bare, d1] = runs;
  console.log(
    `\n${SECONDS} s per run, ${CONNECTIONS} connections, wrangler ${quiet.npm_package_devDependencies_wrangler ?? "4.86.0"} local workerd, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log("| scenario | req/s | p50 ms | p99 ms | req/s vs bare | req/s vs one D1 read |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of runs) {
    const ratio = (base) => (r.rps / base.rps).toFixed(2);
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${ratio(bare)} | ${ratio(d1)} |`);
  }
  await benchExtraction(app.url, TOKEN, SECONDS, CONNECTIONS, bare);
} finally {
  await Promise.all([app.worker.dispose(), control.worker.dispose()]);
  rmSync(persist, { recursive: true, force: true });
}
