#!/usr/bin/env node
/**
 * `npm run bench`: throughput and latency of Claimtrail's hot paths, next to a bare Worker on
 * local workerd (the control), all on loopback; then 50 connections writing to one claim and to 100
 * claims, with failures counted and the timelines checked (bench/writes.mjs); claim extraction
 * (bench/extraction.mjs); and one status update fanned out as webhooks to 1,000 subscriptions
 * (bench/fan-out.mjs). Figures are ratios to the control measured in the same run, because absolute
 * numbers depend on the machine.
 * The controls: a bare Worker answering JSON, doing one D1 read or one D1 write, and answering the
 * warm badge's and card's own bytes; each scenario is also compared with the control nearest to it.
 * Failed requests are counted in the tables, not fatal; a broken timeline fails the run.
 * BENCH_SECONDS sets each run's length; BENCH_DIRECT=1 runs both Workers without wrangler's dev
 * proxy (bench/app.mjs).
 */
import { cpSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import { DIRECT, migratedPersist, seed, start, startApp, TOKEN } from "./app.mjs";
import { describeFailures, watchConnections } from "./connections.mjs";
import { benchExtraction } from "./extraction.mjs";
import { benchFanOut } from "./fan-out.mjs";
import { checkTimelines, describeErrors, errorSamples, measureWrites, settledLengths } from "./writes.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const WRITERS = 50;

/**
 * A run of `options` (autocannon's); failures are counted for the table rather than fatal. `like`
 * is the control nearest to what the scenario does, for the table's last ratio.
 */
async function measure(name, options, like = undefined) {
  const watch = watchConnections();
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: SECONDS,
    ...options,
    setupClient: watch.setupClient,
  });
  const failed = Object.entries(result.statusCodeStats).filter(([code]) => !code.startsWith("2"));
  const failures = describeFailures({
    statuses: failed.map(([code, { count }]) => [code, count]),
    timeouts: result.timeouts,
    ...watch.seen,
  });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, like, failures };
}

/** The answer `url` gives, as the control replays it: body and headers (not the per-answer ones). */
async function answerOf(url) {
  const res = await fetch(url);
  const perAnswer = new Set(["content-length", "date", "x-request-id"]);
  return { body: await res.text(), headers: [...res.headers].filter(([name]) => !perAnswer.has(name)) };
}

const persist = migratedPersist();
const app = await startApp(persist);
// The control reads a copy of the seeded database, made while the app is idle: two workerd
// processes sharing one SQLite file can fail each other's queries with SQLITE_BUSY.
const controlPersist = `${persist}-control`;
let control;
try {
  const { example, ids } = await seed(app.url);
  const badgeUrl = `${app.url}/embed/claims/${example}/badge.svg`;
  const cardUrl = `${app.url}/embed/claims/${example}`;
  const sameAs = JSON.stringify({ badge: await answerOf(badgeUrl), card: await answerOf(cardUrl) });
  cpSync(persist, controlPersist, { recursive: true });
  control = await start("bench/control/wrangler.toml", controlPersist, { vars: { SAME_AS: sameAs } });
  const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
  const statuses = ["under_review", "true", "false", "half_true", "misleading"];
  let n = 0;
  const bare = await measure("control: bare Worker, JSON", { url: `${control.url}/` });
  const d1 = await measure("control: bare Worker, one D1 read", { url: `${control.url}/d1` });
  const d1Write = await measure("control: bare Worker, one D1 write", {
    url: `${control.url}/d1-write`,
    method: "POST",
    body: JSON.stringify({ note: "bench" }),
  });
  // The same bytes and headers as the warm badge and card, from the bare Worker: what answering
  // them costs before Claimtrail does anything.
  const badgeBytes = await measure("control: bare Worker, the badge's bytes", { url: `${control.url}/same-as/badge` });
  const cardBytes = await measure("control: bare Worker, the card's bytes", { url: `${control.url}/same-as/card` });
  const runs = [
    bare,
    d1,
    d1Write,
    badgeBytes,
    cardBytes,
    // Warm embeds: the first request filled the isolate's memory and the Cache API, the rest are hits.
    await measure("GET /embed/claims/{id}/badge.svg (warm)", { url: badgeUrl }, badgeBytes),
    await measure("GET /embed/claims/{id} card (warm)", { url: cardUrl }, cardBytes),
    await measure("GET /v1/claims/{id}", { url: `${app.url}/v1/claims/${example}` }, d1),
    await measure(
      "GET /v1/claims/{id}?include=timeline",
      { url: `${app.url}/v1/claims/${example}?include=timeline` },
      d1,
    ),
    await measure("GET /v1/claims (20 per page)", { url: `${app.url}/v1/claims` }, d1),
    await measure(
      "GET /v1/claims?q=unemployment&topic=economy",
      { url: `${app.url}/v1/claims?q=unemployment&topic=economy` },
      d1,
    ),
    await measure(
      "POST /v1/claims/{id}/updates",
      {
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
      },
      d1Write,
    ),
  ];
  // Contended writes: failures are counted and printed rather than fatal, then the timelines are
  // checked. One claim takes every write; then 100 others share them round-robin.
  const oneClaim = [ids[0]];
  const spread = ids.slice(100, 200);
  const oneBefore = await settledLengths(app.url, oneClaim);
  const one = await measureWrites("50 writers on one claim", {
    url: app.url,
    token: TOKEN,
    claimIds: oneClaim,
    seconds: SECONDS,
    connections: WRITERS,
    tag: "bench one claim",
  });
  const oneCheck = await checkTimelines(app.url, oneClaim, oneBefore, one, "bench one claim");
  const spreadBefore = await settledLengths(app.url, spread);
  const many = await measureWrites("writes spread over 100 claims", {
    url: app.url,
    token: TOKEN,
    claimIds: spread,
    seconds: SECONDS,
    connections: WRITERS,
    tag: "bench spread",
  });
  const manyCheck = await checkTimelines(app.url, spread, spreadBefore, many, "bench spread");

  const ratio = (r, base) => (r.rps / base.rps).toFixed(2);
  const short = new Map([
    [d1, "one D1 read"],
    [d1Write, "one D1 write"],
    [badgeBytes, "badge's bytes"],
    [cardBytes, "card's bytes"],
  ]);
  console.log(
    `\n${SECONDS} s per run, ${CONNECTIONS} connections, wrangler ${process.env.npm_package_devDependencies_wrangler ?? "4.86.0"} local workerd ${DIRECT ? "(production bundles on Miniflare, no dev proxy)" : "(through wrangler dev)"}, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log(
    "| scenario | req/s | p50 ms | p99 ms | req/s vs bare | req/s vs one D1 read | req/s vs its nearest control | errors |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of runs) {
    const nearest = r.like ? `${ratio(r, r.like)} (${short.get(r.like)})` : "";
    const cells = [r.name, r.rps.toFixed(0), r.p50, r.p99, ratio(r, bare), ratio(r, d1), nearest, r.failures];
    console.log(`| ${cells.join(" | ")} |`);
  }
  console.log(`\nContended writes: ${WRITERS} connections, POST /v1/claims/{id}/updates, failures counted\n`);
  console.log(
    "| scenario | req/s | p50 ms | p99 ms | req/s vs bare | req/s vs one D1 read | req/s vs one D1 write | 2xx | errors |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of [one, many]) {
    const toControls = [bare, d1, d1Write].map((base) => ratio(r, base));
    const cells = [r.name, r.rps.toFixed(0), r.p50, r.p99, ...toControls, r.ok, describeErrors(r)];
    console.log(`| ${cells.join(" | ")} |`);
  }
  for (const r of [one, many]) {
    const lines = errorSamples(r);
    if (r.unanswered) {
      lines.push(
        `  ${r.name}: ${r.unanswered} requests sent but never answered: ${r.lost} on connections reset or closed by the server, ${r.timeouts} timed out`,
      );
    }
    if (lines.length) console.log(`\n${lines.join("\n")}`);
  }
  const report = (label, c) =>
    console.log(
      `${label}: chain ${c.valid ? "valid: true" : `INVALID: ${c.invalid.join("; ")}`}; length ${c.before} before + ${c.expected - c.before - c.landedUnanswered} 2xx${c.landedUnanswered ? ` + ${c.landedUnanswered} timed out but landed` : ""} = ${c.expected} expected, ${c.after} found ${c.lengthOk ? "(ok)" : "(MISMATCH)"}; read back ${c.readBack} entries: ${c.missing} answered 2xx but not landed exactly once, ${c.unexpected} landed despite a non-2xx answer`,
    );
  console.log("");
  report("one claim", oneCheck);
  report("100 claims (sums)", manyCheck);
  // A broken timeline is a bug, not a slow run: print everything, then fail.
  if (![oneCheck, manyCheck].every((c) => c.valid && c.lengthOk && !c.missing && !c.unexpected)) {
    process.exitCode = 1;
  }
  await benchExtraction(app.url, TOKEN, SECONDS, CONNECTIONS, bare);
  // Last, because its 1,000 subscriptions would be read by every later write's fan-out.
  if (!(await benchFanOut({ appUrl: app.url, controlUrl: control.url, token: TOKEN, bare, d1 }))) {
    process.exitCode = 1;
  }
} finally {
  await Promise.all([app.dispose(), control?.dispose()]);
  rmSync(persist, { recursive: true, force: true });
  rmSync(controlPersist, { recursive: true, force: true });
}
