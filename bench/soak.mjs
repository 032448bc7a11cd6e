#!/usr/bin/env node
/**
 * `npm run bench:soak`: five minutes (SOAK_SECONDS) of mixed traffic on loopback against Claimtrail
 * in local workerd: claim reads, lists, searches, warm embeds (badge and card), and status updates,
 * each update fanned out as a signed webhook to three subscriptions on a Node receiver that verifies
 * every signature with `standardwebhooks`. Writes come from 20 editor keys and searches from 200
 * client addresses, as a newsroom's traffic would; the rate limits are raised out of reach all the
 * same (bench/app.mjs), since the soak measures the app (tests/limits checks the limits).
 * Pass means: no request answered other than 2xx, every update's webhooks delivered exactly once
 * with a valid signature, and the Worker isolate's live heap (bench/heap.mjs, once a minute) ending
 * within 25 % of where it stood after the first minute. workerd's RSS is sampled every 10 s and
 * reported, not judged: it also holds the local runtime's own memory (BENCHMARKS.md "Soak").
 */
import { rmSync } from "node:fs";
import autocannon from "autocannon";
import { Webhook } from "standardwebhooks";
import { migratedPersist, seed, startApp, TOKEN } from "./app.mjs";
import { api, pool, startReceiver } from "./fan-out.mjs";
import { freePort, isolateHeap } from "./heap.mjs";
import { workerdMemory } from "./memory.mjs";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = 10;
const EDITORS = 20;
const CLIENT_ADDRESSES = 200;
const SUBSCRIPTIONS = 3;
const STATUSES = ["under_review", "true", "false", "half_true", "misleading"];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const persist = migratedPersist();
const inspectorPort = await freePort();
const app = await startApp(persist, inspectorPort);
const heap = await isolateHeap(inspectorPort, "claimtrail");
const receiver = await startReceiver();
const call = api(app.url, TOKEN);
let failed = false;
try {
  const { example, ids } = await seed(app.url);
  const claims = ids.slice(0, 100);
  for (let n = 0; n < SUBSCRIPTIONS; n++) {
    const webhook = await call("POST", "/v1/webhooks", {
      url: `${receiver.url}/hook/${n}`,
      events: ["claim.status_changed"],
    });
    receiver.secrets.set(n, new Webhook(webhook.secret));
  }
  const keys = await pool(Array.from({ length: EDITORS }), 5, (_, i) =>
    call("POST", "/v1/keys", { role: "editor", name: `soak editor ${i}` }),
  );
  // Fill the embed caches first: the soak's embeds are warm ones, as on a news page.
  for (const path of [`/embed/claims/${example}/badge.svg`, `/embed/claims/${example}`]) await fetch(app.url + path);

  const memory = [];
  const live = []; // the isolate's live heap, once a minute: { s, mib }
  const started = Date.now();
  const elapsed = () => Math.round((Date.now() - started) / 1000);
  const sampler = setInterval(() => memory.push({ s: elapsed(), ...workerdMemory() }), 10_000);
  let sampling = false;
  const heapSampler = setInterval(async () => {
    // A snapshot under load can outlast the minute, or go unanswered: that minute goes unsampled.
    if (sampling) return;
    sampling = true;
    const s = elapsed();
    live.push({ s, mib: await heap.live().catch(() => Number.NaN) });
    sampling = false;
  }, 60_000);
  let n = 0;
  const next = () => n++;
  const writes = new Map(); // status code → count, for the updates alone
  const result = await autocannon({
    url: app.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // Roughly what a newsroom's traffic looks like: mostly reads and embeds, some searches, a few writes.
    overallRate: 400,
    requests: [
      { method: "GET", path: `/v1/claims/${example}` },
      { method: "GET", path: `/embed/claims/${example}/badge.svg` },
      { method: "GET", path: "/v1/claims?limit=20" },
      { method: "GET", path: `/embed/claims/${example}` },
      {
        method: "GET",
        setupRequest: (request) => {
          const i = next();
          return {
            ...request,
            path: `/v1/claims?q=${["unemployment", "region", "percent", "fell"][i % 4]}`,
            headers: { ...request.headers, "CF-Connecting-IP": `198.51.100.${i % CLIENT_ADDRESSES}` },
          };
        },
      },
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: `/v1/claims/${claims[next() % claims.length]}` }),
      },
      {
        method: "POST",
        setupRequest: (request) => {
          const i = next();
          return {
            ...request,
            path: `/v1/claims/${claims[i % claims.length]}/updates`,
            headers: {
              Authorization: `Bearer ${keys[i % keys.length].key}`,
              "Content-Type": "application/json",
            },
            body: JSON.stringify({ status: STATUSES[i % STATUSES.length], note: `soak #${i}` }),
          };
        },
        onResponse: (status) => writes.set(status, (writes.get(status) ?? 0) + 1),
      },
    ],
  });
  clearInterval(sampler);
  clearInterval(heapSampler);
  const updates = writes.get(201) ?? 0;
  const bad = result.non2xx + result.errors + result.timeouts;

  // autocannon stops without waiting for the requests in flight: let those writes land (p99 is
  // under 2 s) before counting the timelines, or their webhooks would look like extras.
  await sleep(5000);
  // Every status update that landed (autocannon may cut the last few off before their answer)
  // emits one claim.status_changed event: one delivery per subscription. Each claim began with one entry.
  const chains = await pool(claims, 10, (id) => call("GET", `/v1/claims/${id}/chain`));
  const landed = chains.reduce((sum, chain) => sum + chain.length - 1, 0);
  const broken = chains.filter((chain) => !chain.valid).length;
  const expected = landed * SUBSCRIPTIONS;
  const delivered = await receiver.until(() => receiver.arrivals.length >= expected, 180_000);
  await sleep(3000); // listen a little longer for duplicates
  // Once every delivery is done: what the isolate still holds when the traffic has passed.
  live.push({ s: elapsed(), mib: await heap.live() });
  const distinct = new Set(receiver.arrivals.map((a) => `${a.n}:${a.id}`));
  const invalid = receiver.arrivals.filter((a) => !a.valid).length;
  const duplicates = receiver.arrivals.length - distinct.size;

  const settled = memory.filter((m) => m.s >= 60);
  const trend = (field) => {
    const base = settled[0]?.[field] ?? Number.NaN;
    const last = memory.at(-1)?.[field] ?? Number.NaN;
    const peak = Math.max(...memory.map((m) => m[field]));
    return { base, last, peak, growth: (last - base) / base };
  };
  const [rss, anon, file] = [trend("rss"), trend("anon"), trend("file")];
  const heapGrowth = ((live.at(-1)?.mib ?? Number.NaN) - (live[0]?.mib ?? Number.NaN)) / (live[0]?.mib ?? Number.NaN);
  const mib = (t) => `${t.base.toFixed(0)} / ${t.last.toFixed(0)} / ${t.peak.toFixed(0)} MiB`;

  console.log(`\nSoak: ${SECONDS} s, ${CONNECTIONS} connections, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log("| measure | value |");
  console.log("|---|---:|");
  console.log(`| requests | ${result.requests.total} (${result.requests.average.toFixed(0)} req/s) |`);
  console.log(`| latency p50 / p99 | ${result.latency.p50} / ${result.latency.p99} ms |`);
  console.log(`| answers other than 2xx, errors, timeouts | ${result.non2xx}, ${result.errors}, ${result.timeouts} |`);
  console.log(
    `| status updates answered / landed | ${updates} (${JSON.stringify(Object.fromEntries(writes))}) / ${landed} |`,
  );
  console.log(`| timelines with a broken hash chain | ${broken} |`);
  console.log(
    `| webhooks expected / received / distinct | ${expected} / ${receiver.arrivals.length} / ${distinct.size} |`,
  );
  console.log(`| signatures invalid, duplicates | ${invalid}, ${duplicates} |`);
  console.log(
    `| isolate live heap after 1 min / after the traffic | ${live[0]?.mib.toFixed(1)} / ${live.at(-1)?.mib.toFixed(1)} MiB |`,
  );
  console.log(`| workerd RSS after 1 min / at the end / peak | ${mib(rss)} |`);
  console.log(`| of which anonymous (heaps) | ${mib(anon)} |`);
  console.log(`| of which file-backed (mapped database files) | ${mib(file)} |`);
  console.log(`\nIsolate live heap (MiB, at s): ${live.map((h) => `${h.mib.toFixed(1)}@${h.s}`).join(" ")}`);
  for (const [name, field] of [
    ["RSS", "rss"],
    ["anonymous", "anon"],
    ["file-backed", "file"],
  ]) {
    console.log(`\n${name} every 10 s (MiB): ${memory.map((m) => m[field].toFixed(0)).join(" ")}`);
  }

  const problems = [
    bad > 0 && `${bad} requests failed (status codes ${JSON.stringify(result.statusCodeStats)})`,
    landed < updates && `${updates - landed} updates answered 201 but not in a timeline`,
    broken > 0 && `${broken} hash chains broken`,
    !delivered && `only ${receiver.arrivals.length} of ${expected} webhooks arrived`,
    distinct.size !== expected && `${distinct.size} distinct deliveries, ${expected} expected`,
    invalid > 0 && `${invalid} signatures did not verify`,
    duplicates > 0 && `${duplicates} deliveries arrived twice`,
    !(heapGrowth < 0.25) &&
      `the isolate's live heap grew ${(heapGrowth * 100).toFixed(0)} % after the first minute (NaN: a snapshot went unanswered)`,
  ].filter(Boolean);
  if (problems.length > 0) {
    failed = true;
    console.error(`\nSOAK FAILED:\n- ${problems.join("\n- ")}`);
  } else console.log("\nSoak passed: no errors, nothing lost or doubled, memory stable.");
} finally {
  heap.close();
  await receiver.close();
  await app.dispose();
  rmSync(persist, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
