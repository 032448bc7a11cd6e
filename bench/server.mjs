/**
 * The child process that runs one Worker for the benchmarks (bench/app.mjs forks it). The Worker
 * gets a process of its own so that workerd's output is read at once: workerd writes each log line
 * to a pipe and, when the pipe is full, stops everything until it is read. In the load generator's
 * process, whose event loop autocannon keeps busy, it is not read at once (BENCHMARKS.md, "Goals
 * against their nearest controls").
 *
 * Its environment comes from bench/app.mjs (wrangler's log path, no metrics). Asked over IPC:
 * `{ config, persist, options, inspectorPort, direct }`; answers `{ url }` or `{ error }`, and stops
 * the Worker and exits on "dispose".
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig, unstable_startWorker } from "wrangler";
import { raisedMiniflareLimits, raisedWorkerLimits } from "../scripts/raised-limits.mjs";

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

process.once("message", async ({ config, persist, options, inspectorPort, direct }) => {
  try {
    const worker = await (direct ? startDirect : startDev)(config, persist, options, inspectorPort);
    process.once("message", async () => {
      await worker.dispose();
      process.exit(0);
    });
    process.send({ url: worker.url });
  } catch (error) {
    process.send({ error: error instanceof Error ? error.stack : String(error) });
    process.exit(1);
  }
});
