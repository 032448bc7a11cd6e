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
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Miniflare } from "miniflare";
import { loadDemo } from "../scripts/demo.mjs";
import { raisedMiniflareLimits, raisedWorkerLimits } from "../scripts/raised-limits.mjs";

export const TOKEN = "bench-admin-token";
export const DIRECT = process.env.BENCH_DIRECT === "1";
// Set before wrangler is loaded (it picks its log file on import), so its logs stay in the project.
Object.assign(process.env, { CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
const { unstable_getMiniflareWorkerOptions, unstable_readConfig, unstable_startWorker } = await import("wrangler");

/** The Worker `config` describes, bundled as `wrangler deploy` would upload it: the bundle's path. */
function productionBundle(config) {
  const outdir = mkdtempSync(join(tmpdir(), "claimtrail-bundle-"));
  execFileSync("node_modules/.bin/wrangler", ["deploy", "--dry-run", "--config", config, "--outdir", outdir], {
    stdio: "ignore",
  });
  // Named after the config's `main`: index.js for the app, worker.js for the control.
  const script = readdirSync(outdir).find((file) => file.endsWith(".js"));
  if (!script) throw new Error(`wrangler wrote no bundle for ${config}`);
  return join(outdir, script);
}

/** The production bundle on Miniflare, no dev proxy; workerd's output goes to `.logs/bench-<name>.log`. */
async function startDirect(config, persist, { vars = {}, raiseLimits = false }, inspectorPort) {
  const { name } = unstable_readConfig({ config });
  const { workerOptions } = unstable_getMiniflareWorkerOptions(config);
  const bundle = productionBundle(config);
  mkdirSync(".logs", { recursive: true });
  const log = createWriteStream(`.logs/bench-${name}.log`, { flags: "a" });
  // The layout `wrangler --persist-to` writes, so both ways read the same migrated D1.
  const state = join(persist, "v3");
  const worker = new Miniflare({
    host: "127.0.0.1",
    port: 0,
    inspectorPort,
    // Request.cf would otherwise be fetched from the internet; the placeholder is enough here.
    cf: false,
    d1Persist: join(state, "d1"),
    durableObjectsPersist: join(state, "do"),
    cachePersist: join(state, "cache"),
    handleRuntimeStdio(stdout, stderr) {
      stdout.pipe(log);
      stderr.pipe(log);
    },
    workers: [
      {
        ...workerOptions,
        name,
        modules: true,
        scriptPath: bundle,
        modulesRoot: dirname(bundle),
        bindings: { ...workerOptions.bindings, ...vars },
        ratelimits: { ...workerOptions.ratelimits, ...(raiseLimits ? raisedMiniflareLimits : {}) },
      },
    ],
  });
  const url = (await worker.ready).origin;
  return {
    url,
    dispose: async () => {
      await worker.dispose();
      rmSync(dirname(bundle), { recursive: true, force: true });
    },
  };
}

/** The Worker under `wrangler dev`, as `npm start` runs it. */
async function startDev(config, persist, { vars = {}, raiseLimits = false }, inspectorPort) {
  const inspector = inspectorPort === undefined ? false : { hostname: "127.0.0.1", port: inspectorPort };
  const bindings = {
    ...(raiseLimits ? raisedWorkerLimits : {}),
    ...Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, { type: "plain_text", value }])),
  };
  const worker = await unstable_startWorker({
    config,
    bindings,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector, persist, watch: false, logLevel: "error" },
  });
  await worker.ready;
  return { url: (await worker.url).origin, dispose: () => worker.dispose() };
}

/**
 * Starts a Worker on the local state in `persist`: `vars` replace the config's, `raiseLimits`
 * puts every rate limit out of reach, and `inspectorPort` opens workerd's inspector there
 * (bench/heap.mjs); off otherwise.
 */
export function start(config, persist, options = {}, inspectorPort = undefined) {
  return (DIRECT ? startDirect : startDev)(config, persist, options, inspectorPort);
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
