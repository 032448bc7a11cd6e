import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";
import { raisedWorkerLimits } from "../../scripts/raised-limits.mjs";

const ADMIN_TOKEN = "e2e-admin-token";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };

/**
 * Runs the real Worker the way `npm start` does, on a throwaway local D1 migrated by
 * `wrangler d1 migrations apply`, on a free loopback port; with its rate limits out of reach (the
 * `limits` project tests them), as imports and browser runs make hundreds of requests a minute.
 */
export default async function setup(project: TestProject) {
  const persist = mkdtempSync(join(tmpdir(), "claimtrail-e2e-"));
  execFileSync("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], {
    env: quiet,
    stdio: "ignore",
  });
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: { ...raisedWorkerLimits, ADMIN_TOKEN: { type: "plain_text", value: ADMIN_TOKEN } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "warn" },
  });
  await worker.ready;
  project.provide("workerUrl", (await worker.url).origin);
  project.provide("adminToken", ADMIN_TOKEN);
  return async () => {
    await worker.dispose();
    rmSync(persist, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    workerUrl: string;
    adminToken: string;
  }
}
