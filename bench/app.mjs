/**
 * Starting Claimtrail (and the control Worker) for the benchmarks, on loopback, in one of two ways:
 *
 * - By default through `wrangler dev` (`unstable_startWorker`), as `npm start` runs it: every
 *   request crosses wrangler's dev proxy, a second workerd process, before it reaches the Worker.
 * - With `BENCH_DIRECT=1`, each Worker's production bundle (`wrangler deploy --dry-run`) runs on
 *   Miniflare directly, with the same local D1, Durable Objects, Queue and cache, and no proxy:
 *   the path nearest a deployed Worker.
 *
 * The proxy matters twice (BENCHMARKS.md, "Errors under load"). It adds the same cost to every
 * request, which raises every ratio to the control. And it joins its two processes with pooled
 * HTTP connections that both ends close after 5 s idle: a request sent on one just as it closes
 * fails with "Network connection lost", which wrangler 4.86 answers with a 503 "Your worker
 * restarted mid-request" for a POST, though nothing restarted.
 *
 * Either way the Worker runs in a child process (bench/server.mjs), never in the process that
 * generates the load: workerd stops while its log pipe is full, and that process does not read it
 * at once.
 */
import { execFileSync, fork } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDemo } from "../scripts/demo.mjs";

export const TOKEN = "bench-admin-token";
export const DIRECT = process.env.BENCH_DIRECT === "1";
// Inherited by the wrangler commands below and by bench/server.mjs, which loads wrangler.
Object.assign(process.env, { CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });

/**
 * Starts a Worker on the local state in `persist`: `vars` replace the config's, `raiseLimits`
 * puts every rate limit out of reach, and `inspectorPort` opens workerd's inspector there
 * (bench/heap.mjs); off otherwise.
 */
export async function start(config, persist, options = {}, inspectorPort = undefined) {
  // Its own output (wrangler's and Miniflare's messages) goes straight to a file, past this process.
  mkdirSync(".logs", { recursive: true });
  const log = openSync(".logs/bench-server.log", "a");
  const server = fork(new URL("./server.mjs", import.meta.url), { stdio: ["ignore", log, log, "ipc"] });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const answer = await new Promise((resolve, reject) => {
    server.once("message", resolve);
    server.once("exit", (code) => reject(new Error(`bench/server.mjs exited (${code}) before starting ${config}`)));
    server.send({ config, persist, options, inspectorPort, direct: DIRECT });
  });
  if (answer.error) throw new Error(`starting ${config}: ${answer.error}`);
  return {
    url: answer.url,
    dispose: async () => {
      server.send("dispose");
      await exited;
    },
  };
}

/** A fresh local D1 directory with every migration applied. */
export function migratedPersist() {
  const persist = mkdtempSync(join(tmpdir(), "claimtrail-bench-"));
  execFileSync("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], {
    stdio: "ignore",
  });
  return persist;
}

/**
 * Claimtrail itself, with its rate limits out of reach: the benchmarks measure the app, from one
 * address (the `limits` test project checks the limits). ALLOW_PRIVATE_WEBHOOKS lets the webhook
 * scenarios subscribe a receiver on 127.0.0.1.
 */
export function startApp(persist, inspectorPort = undefined) {
  return start(
    "wrangler.toml",
    persist,
    { vars: { ADMIN_TOKEN: TOKEN, ALLOW_PRIVATE_WEBHOOKS: "true" }, raiseLimits: true },
    inspectorPort,
  );
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
export async function seed(url) {
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
