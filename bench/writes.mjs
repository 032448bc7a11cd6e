/**
 * The contended-writes half of `npm run bench`: many connections posting status updates to one
 * claim, and the same load spread round-robin over many claims. Failed requests do not abort the
 * run: they are counted by status code (the goal is none), and the timelines are checked afterwards
 * through the API (`/chain` valid, one entry per 2xx answer, no more, no less).
 */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { describeFailures, watchConnections } from "./connections.mjs";

const STATUSES = ["under_review", "true", "false", "half_true", "misleading"];

/**
 * Runs `seconds` of POST /v1/claims/{id}/updates over `claimIds`, round-robin. At the deadline each
 * connection stops after its request in flight is answered (rather than being cut off mid-request,
 * as autocannon's own `duration` does), so every write the server made has an answer to count.
 * Each request carries a numbered note (`${tag} #k`) so the timelines can be matched to answers.
 */
export async function measureWrites(name, { url, token, claimIds, seconds, connections, tag }) {
  let issued = 0;
  let lastAnswer = 0;
  const acked = new Set();
  const rejected = new Set();
  const failed = new Map(); // status code → { count, sample body }
  const clients = [];
  const watch = watchConnections();
  const drain = setTimeout(() => {
    for (const client of clients) client.responseMax = client.reqsMade;
  }, seconds * 1000);
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: seconds + 30, // only a bound: the drain above ends the run
    setupClient: (client) => {
      clients.push(client);
      watch.setupClient(client);
    },
    requests: [
      {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        setupRequest: (request, context) => {
          const k = issued++;
          context.k = k;
          return {
            ...request,
            path: `/v1/claims/${claimIds[k % claimIds.length]}/updates`,
            body: JSON.stringify({ status: STATUSES[k % STATUSES.length], note: `${tag} #${k}` }),
          };
        },
        onResponse: (status, body, context) => {
          lastAnswer = performance.now();
          if (status >= 200 && status < 300) {
            acked.add(context.k);
            return;
          }
          rejected.add(context.k);
          const seen = failed.get(status) ?? { count: 0, sample: body };
          seen.count++;
          failed.set(status, seen);
        },
      },
    ],
  });
  clearTimeout(drain);
  const answers = acked.size + [...failed.values()].reduce((sum, f) => sum + f.count, 0);
  return {
    name,
    // Answers over the time to the last answer: autocannon's per-second average would count the
    // short drain at the end as a whole second.
    rps: answers / ((lastAnswer - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    acked,
    rejected,
    issued,
    failed,
    // autocannon abandons a request that timed out, was reset, or whose connection the server closed.
    timeouts: result.timeouts,
    reset: watch.seen.reset,
    closed: watch.seen.closed,
    lost: watch.seen.lost,
    unanswered: watch.seen.sent - answers,
    statusCodeStats: result.statusCodeStats,
  };
}

export function describeErrors(run) {
  return describeFailures({ ...run, statuses: [...run.failed].map(([code, f]) => [code, f.count]) });
}

export function errorSamples(run) {
  return [...run.failed].map(([code, f]) => `  ${run.name}: ${code} ×${f.count}, e.g. ${f.sample.slice(0, 400)}`);
}

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

export function chainOf(url, id) {
  return getJson(`${url}/v1/claims/${id}/chain`);
}

async function timeline(url, id) {
  const entries = [];
  let cursor = "";
  do {
    const page = await getJson(`${url}/v1/claims/${id}/updates?limit=100${cursor && `&cursor=${cursor}`}`);
    entries.push(...page.data);
    cursor = page.next_cursor ? encodeURIComponent(page.next_cursor) : "";
  } while (cursor);
  return entries;
}

/** Runs `fn` over `items`, `width` at a time, in order. */
async function mapLimited(items, width, fn) {
  const out = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  return out;
}

/** Chain lengths of `ids`, read until two reads agree (a timed-out request may still be landing). */
export async function settledLengths(url, ids) {
  let previous = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const chains = await mapLimited(ids, 10, (id) => chainOf(url, id));
    const total = chains.reduce((sum, c) => sum + c.length, 0);
    if (previous !== null && total === previous.total) return { chains, total };
    previous = { chains, total };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return previous;
}

/**
 * After a run: every chain valid, total length = before + 2xx answers, and (matching notes) every
 * 2xx answer landed exactly once and nothing landed that was answered otherwise. A request that
 * timed out has no answer: it may have landed, and is counted apart (it already shows as an error).
 */
export async function checkTimelines(url, ids, before, run, tag) {
  const after = await settledLengths(url, ids);
  const invalid = after.chains.filter((c) => !c.valid);
  const entries = (await mapLimited(ids, 10, (id) => timeline(url, id))).flat();
  const landed = new Map();
  for (const e of entries) {
    const k = e.note?.startsWith(`${tag} #`) ? Number(e.note.slice(tag.length + 2)) : null;
    if (k !== null) landed.set(k, (landed.get(k) ?? 0) + 1);
  }
  const missing = [...run.acked].filter((k) => landed.get(k) !== 1).length;
  const unexpected = [...landed.keys()].filter((k) => run.rejected.has(k) || k >= run.issued).length;
  const unanswered = [...landed.keys()].filter((k) => !run.acked.has(k) && !run.rejected.has(k) && k < run.issued);
  const expected = before.total + run.ok + unanswered.length;
  return {
    before: before.total,
    after: after.total,
    expected,
    lengthOk: after.total === expected,
    landedUnanswered: unanswered.length,
    valid: invalid.length === 0,
    invalid: invalid.map((c) => `${c.claim_id} at seq ${c.first_invalid?.seq} (${c.first_invalid?.reason})`),
    readBack: entries.length,
    missing,
    unexpected,
  };
}
