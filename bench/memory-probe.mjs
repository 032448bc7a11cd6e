#!/usr/bin/env node
/**
 * `node bench/memory-probe.mjs`: which traffic grows workerd's anonymous memory, and does a bare
 * Worker on the same wrangler and workerd grow the same way? 40 s (PROBE_SECONDS) of one request
 * kind at a time against a freshly seeded Claimtrail, then against the bare control Worker of
 * `npm run bench`, sampling this run's workerd processes every 5 s. See BENCHMARKS.md, "Soak".
 */
import { rmSync } from "node:fs";
import autocannon from "autocannon";
import { migratedPersist, seed, start, startApp, TOKEN } from "./app.mjs";
import { workerdMemory } from "./memory.mjs";

const SECONDS = Number(process.env.PROBE_SECONDS ?? 40);

/** Drives one kind of request; its count and the anonymous memory before, every 5 s, and after. */
async function probe(url, request) {
  const samples = [workerdMemory().anon];
  const timer = setInterval(() => samples.push(workerdMemory().anon), 5000);
  const result = await autocannon({ url, connections: 10, duration: SECONDS, requests: [request] });
  clearInterval(timer);
  samples.push(workerdMemory().anon);
  const grew = (samples.at(-1) ?? Number.NaN) - (samples[0] ?? Number.NaN);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    samples,
    perRequestKiB: (grew * 1024) / result.requests.total,
  };
}

function report(name, r) {
  const mib = r.samples.map((m) => m.toFixed(0)).join(" ");
  console.log(`| ${name} | ${r.requests} | ${r.non2xx} | ${mib} | ${r.perRequestKiB.toFixed(0)} |`);
}

console.log("| traffic | requests | non-2xx | anonymous MiB every 5 s | KiB per request |");
console.log("|---|---:|---:|---|---:|");
const persist = migratedPersist();
const app = await startApp(persist);
try {
  const { example, ids } = await seed(app.url);
  let i = 0;
  const update = (request) => ({
    ...request,
    path: `/v1/claims/${ids[i++ % ids.length]}/updates`,
    headers: { ...request.headers, authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ status: i % 2 ? "true" : "false" }),
  });
  const kinds = [
    ["Claimtrail GET /healthz", { method: "GET", path: "/healthz" }],
    ["Claimtrail GET /v1/claims/{id}", { method: "GET", path: `/v1/claims/${example}` }],
    ["Claimtrail warm badge", { method: "GET", path: `/embed/claims/${example}/badge.svg` }],
    ["Claimtrail list of 20", { method: "GET", path: "/v1/claims?limit=20" }],
    ["Claimtrail search", { method: "GET", path: "/v1/claims?q=unemployment" }],
    ["Claimtrail status update", { method: "POST", setupRequest: update }],
  ];
  for (const [name, request] of kinds) report(name, await probe(app.url, request));
} finally {
  await app.dispose();
}
const control = await start("bench/control/wrangler.toml", persist);
try {
  report("bare Worker, JSON", await probe(control.url, { method: "GET", path: "/" }));
  report("bare Worker, one D1 read", await probe(control.url, { method: "GET", path: "/d1" }));
} finally {
  await control.dispose();
  rmSync(persist, { recursive: true, force: true });
}
