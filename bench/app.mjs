/** Starting Claimtrail (and the control Worker) on local workerd for the benchmarks, on loopback. */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDemo } from "../scripts/demo.mjs";
import { raisedWorkerLimits } from "../scripts/raised-limits.mjs";

export const TOKEN = "bench-admin-token";
// Set before wrangler is loaded (it picks its log file on import), so its logs stay in the project.
Object.assign(process.env, { CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
const { unstable_startWorker } = await import("wrangler");

/** Starts a Worker; `inspectorPort` opens workerd's inspector there (bench/heap.mjs), off otherwise. */
export async function start(config, persist, bindings = {}, inspectorPort = undefined) {
  const inspector = inspectorPort === undefined ? false : { hostname: "127.0.0.1", port: inspectorPort };
  const worker = await unstable_startWorker({
    config,
    bindings,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector, persist, watch: false, logLevel: "error" },
  });
  await worker.ready;
  return { worker, url: (await worker.url).origin };
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
    {
      ...raisedWorkerLimits,
      ADMIN_TOKEN: { type: "plain_text", value: TOKEN },
      ALLOW_PRIVATE_WEBHOOKS: { type: "plain_text", value: "true" },
    },
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
