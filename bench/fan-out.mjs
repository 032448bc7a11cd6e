/**
 * The webhook half of `npm run bench`: one status change fanned out to 1,000 subscriptions. A Node
 * receiver on loopback answers 204, records each delivery's `webhook-id` and arrival time, and
 * verifies every signature with `standardwebhooks`. The subscriptions are filtered to one fresh
 * claim, so nothing else in the database reaches them; creating them is not timed. Then ONE status
 * update to that claim: timed from its answer to the first and to the last delivery, with every
 * delivery counted (none lost, none twice) and each subscription's delivery log read back. The
 * control is a plain loop of 1,000 fetches of the bare Worker, 20 at a time (the consumer's
 * max_batch_size, which is how many deliveries the local Queue runs at once), in the same run.
 */
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { Webhook } from "standardwebhooks";

const SUBSCRIPTIONS = 1000;
/** Requests in flight while setting up, reading back, and in the control loop. */
const WIDTH = 20;
/** How long to wait for the deliveries before reporting what arrived. */
const WAIT_MS = 120_000;
/** After the last expected delivery, how long to keep listening for duplicates. */
const GRACE_MS = 3000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Runs `fn` over `items`, `width` at a time (a pool: a slow item does not hold up the others). */
export async function pool(items, width, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

/** A loopback receiver: every POST to /hook/<n> is recorded, verified with subscription n's secret, answered 204. */
export async function startReceiver() {
  const secrets = new Map(); // n → Webhook verifier
  const arrivals = []; // { n, id, at, wall, valid, error }
  const waiters = new Set();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const at = performance.now();
      const n = Number(/^\/hook\/(\d+)$/.exec(req.url ?? "")?.[1] ?? Number.NaN);
      const body = Buffer.concat(chunks).toString("utf8");
      const verifier = secrets.get(n);
      let valid = false;
      let error = verifier ? null : `no subscription for ${req.url}`;
      let type = null;
      if (verifier) {
        try {
          type = verifier.verify(body, req.headers).type;
          valid = true;
        } catch (e) {
          error = String(e);
        }
      }
      arrivals.push({ n, id: req.headers["webhook-id"], type, at, valid, error });
      res.writeHead(204).end();
      for (const waiter of waiters) waiter();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    secrets,
    arrivals,
    /** Resolves when `predicate()` holds, or after `ms` (then with false). */
    until(predicate, ms) {
      return new Promise((resolve) => {
        const check = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(false);
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

export function api(url, token) {
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
}

/** 1,000 fetches of `url`, `width` at a time: the control for the deliveries' rate. */
async function fetchLoop(url, count, width) {
  const started = performance.now();
  await pool(Array.from({ length: count }), width, async () => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    await res.arrayBuffer();
  });
  const ms = performance.now() - started;
  return { ms, rps: count / (ms / 1000) };
}

/** Every subscription's delivery log: exactly one delivery, succeeded at the first attempt with 204, same id as received. */
async function readBackLogs(call, subscriptions, received) {
  const logs = await pool(subscriptions, WIDTH, (s) => call("GET", `/v1/webhooks/${s.id}/deliveries?limit=10`));
  const problems = [];
  let attempts = 0;
  let firstAttemptAt = Number.POSITIVE_INFINITY;
  let createdAt = Number.POSITIVE_INFINITY;
  logs.forEach((log, n) => {
    attempts += log.data.reduce((sum, d) => sum + d.attempts.length, 0);
    const [d] = log.data;
    if (log.data.length !== 1) problems.push(`hook ${n}: ${log.data.length} deliveries`);
    else if (d.outcome !== "succeeded" || d.attempts.length !== 1 || d.attempts[0].response_status !== 204) {
      problems.push(`hook ${n}: ${d.outcome}, attempts ${JSON.stringify(d.attempts).slice(0, 300)}`);
    } else if (!received.get(n)?.has(d.id)) problems.push(`hook ${n}: logged ${d.id}, not received`);
    if (d) {
      createdAt = Math.min(createdAt, Date.parse(d.created_at));
      for (const a of d.attempts) firstAttemptAt = Math.min(firstAttemptAt, Date.parse(a.attempted_at));
    }
  });
  return { problems, attempts, createdAt, firstAttemptAt };
}

export async function benchFanOut({ appUrl, controlUrl, token, bare, d1 }) {
  const call = api(appUrl, token);
  const receiver = await startReceiver();
  try {
    // A fresh claim: no earlier deliveries to wait for, and no other writes to it in this run.
    const claim = await call("POST", "/v1/claims", {
      text: "Benchmark fan-out claim: the unemployment rate fell by 3 percent.",
      kind: "statistic",
      speaker: { name: "Fan-out speaker" },
      article: { url: "https://bench.example/fan-out" },
      topics: ["economy"],
    });
    const subscribe = async (n) => {
      const webhook = await call("POST", "/v1/webhooks", {
        url: `${receiver.url}/hook/${n}`,
        events: ["claim.status_changed"],
        filter: { claim_ids: [claim.id] },
      });
      receiver.secrets.set(n, new Webhook(webhook.secret));
      return webhook;
    };

    // The earlier scenarios queued one event per write; the Queue may still be fanning them out.
    // A probe subscription and one update go behind them (the local Queue is first in, first
    // out): when the probe arrives, the backlog is gone. Once its attempt is recorded (deleting a
    // subscription under an attempt in flight fails that attempt's bookkeeping), it is deleted.
    const drainStarted = performance.now();
    const probe = await subscribe(SUBSCRIPTIONS);
    await call("POST", `/v1/claims/${claim.id}/updates`, { status: "under_review", note: "bench fan-out probe" });
    const drained = await receiver.until(() => receiver.arrivals.length > 0, WAIT_MS);
    const drainMs = performance.now() - drainStarted;
    if (!drained) throw new Error(`fan-out probe: no delivery within ${WAIT_MS / 1000} s`);
    for (let tries = 0; tries < 100; tries++) {
      const log = await call("GET", `/v1/webhooks/${probe.id}/deliveries?outcome=succeeded`);
      if (log.data.length > 0) break;
      await sleep(100);
    }
    await call("DELETE", `/v1/webhooks/${probe.id}`);
    receiver.arrivals.length = 0;
    receiver.secrets.delete(SUBSCRIPTIONS);

    const setupStarted = performance.now();
    const subscriptions = await pool(
      Array.from({ length: SUBSCRIPTIONS }, (_, n) => n),
      WIDTH,
      subscribe,
    );
    const setupMs = performance.now() - setupStarted;
    await sleep(1000); // let the last creations' bookkeeping settle

    // The measured write: one status update, timed from its answer.
    const posted = performance.now();
    await call("POST", `/v1/claims/${claim.id}/updates`, { status: "false", note: "bench fan-out" });
    const answered = performance.now();
    const answeredWall = Date.now();
    const complete = await receiver.until(() => receiver.arrivals.length >= SUBSCRIPTIONS, WAIT_MS);
    await sleep(GRACE_MS);

    const arrivals = [...receiver.arrivals];
    const ids = new Set(arrivals.map((a) => a.id));
    const received = new Map(); // n → Set of webhook-ids
    for (const a of arrivals) received.set(a.n, (received.get(a.n) ?? new Set()).add(a.id));
    const hits = new Map(); // n → requests received
    for (const a of arrivals) hits.set(a.n, (hits.get(a.n) ?? 0) + 1);
    const exactlyOnce = [...hits.values()].filter((count) => count === 1).length;
    const invalid = arrivals.filter((a) => !a.valid);
    const wrongType = arrivals.filter((a) => a.valid && a.type !== "claim.status_changed").length;
    const times = arrivals.map((a) => a.at - answered).sort((a, b) => a - b);
    const first = times[0] ?? Number.NaN;
    const last = times.at(-1) ?? Number.NaN;
    const lost = SUBSCRIPTIONS - received.size;
    const duplicates = arrivals.length - ids.size;
    const log = await readBackLogs(call, subscriptions, received);

    // The control, with the app idle: a plain loop of 1,000 fetches, as many at once as one Queue batch.
    const loopBare = await fetchLoop(`${controlUrl}/`, SUBSCRIPTIONS, WIDTH);
    const loopD1 = await fetchLoop(`${controlUrl}/d1`, SUBSCRIPTIONS, WIDTH);

    const rate = arrivals.length / (last / 1000);
    const steady = (arrivals.length - 1) / ((last - first) / 1000);
    const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
    console.log(
      `\nWebhook fan-out: one status update to a claim with ${SUBSCRIPTIONS} subscriptions (receiver on loopback, answers 204)\n`,
    );
    console.log(
      `backlog before it: the probe took ${seconds(drainMs)} to arrive; creating ${SUBSCRIPTIONS} subscriptions (${WIDTH} at a time, not timed below) took ${seconds(setupMs)}`,
    );
    console.log(`POST /v1/claims/{id}/updates answered in ${(answered - posted).toFixed(0)} ms`);
    console.log(
      `Queue handed the event to the consumer after ~${seconds(log.createdAt - answeredWall)}; first attempt (Worker clock) after ~${seconds(log.firstAttemptAt - answeredWall)}`,
    );
    console.log("\n| measure | value | vs bare | vs one D1 read |");
    console.log("|---|---:|---:|---:|");
    console.log(`| answer → first delivery | ${seconds(first)} | | |`);
    console.log(`| answer → median delivery | ${seconds(pct(50))} | | |`);
    console.log(`| answer → last delivery | ${seconds(last)}${complete ? "" : " (TIMED OUT)"} | | |`);
    console.log(
      `| deliveries/s (${arrivals.length} / time to last) | ${rate.toFixed(0)} | ${(rate / bare.rps).toFixed(2)} | ${(rate / d1.rps).toFixed(2)} |`,
    );
    console.log(
      `| deliveries/s, first to last | ${steady.toFixed(0)} | ${(steady / bare.rps).toFixed(2)} | ${(steady / d1.rps).toFixed(2)} |`,
    );
    console.log(
      `| control: ${SUBSCRIPTIONS} fetches of the bare Worker, ${WIDTH} at a time | ${seconds(loopBare.ms)} (${loopBare.rps.toFixed(0)} req/s) | ${(loopBare.rps / bare.rps).toFixed(2)} | ${(loopBare.rps / d1.rps).toFixed(2)} |`,
    );
    console.log(
      `| control: ${SUBSCRIPTIONS} fetches of one D1 read, ${WIDTH} at a time | ${seconds(loopD1.ms)} (${loopD1.rps.toFixed(0)} req/s) | ${(loopD1.rps / bare.rps).toFixed(2)} | ${(loopD1.rps / d1.rps).toFixed(2)} |`,
    );
    console.log(
      `\ndeliveries/s against the loop of fetches: ${(rate / loopBare.rps).toFixed(2)} of the bare Worker, ${(rate / loopD1.rps).toFixed(2)} of one D1 read`,
    );
    console.log(
      `received ${arrivals.length} requests: ${ids.size} distinct webhook-ids, ${received.size} of ${SUBSCRIPTIONS} subscriptions reached, ${exactlyOnce} exactly once; lost ${lost}, duplicates ${duplicates}`,
    );
    console.log(
      `signatures: ${arrivals.length - invalid.length} of ${arrivals.length} verified (standardwebhooks)${invalid.length ? `; e.g. ${invalid[0].error}` : ""}; ${wrongType} with another event type`,
    );
    console.log(
      `delivery logs read back: ${SUBSCRIPTIONS - log.problems.length} of ${SUBSCRIPTIONS} show one delivery, succeeded at the first attempt (204), under the id received; ${log.attempts} attempts in all${log.problems.length ? `; e.g. ${log.problems.slice(0, 3).join("; ")}` : ""}`,
    );
    return complete && lost === 0 && duplicates === 0 && invalid.length === 0 && log.problems.length === 0;
  } finally {
    await receiver.close();
  }
}
