#!/usr/bin/env node
/**
 * `npm start`: a ready local Claimtrail. Creates .dev.vars (with a random ADMIN_TOKEN) on first
 * run, applies the D1 migrations to the local database, starts `wrangler dev` (with the local Queue
 * and its consumer), loads the demo data once it answers, fires the minute cron every minute, and
 * keeps running until Ctrl-C.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadDemo } from "./demo.mjs";

const PORT = process.env.PORT ?? "8787";
const BASE = `http://localhost:${PORT}`;
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs", CI: "1" };
const wrangler = process.platform === "win32" ? "node_modules\\.bin\\wrangler.cmd" : "node_modules/.bin/wrangler";

function ensureDevVars() {
  if (!existsSync(".dev.vars")) {
    copyFileSync(".dev.vars.example", ".dev.vars");
    const token = `ct_admin_${randomBytes(24).toString("hex")}`;
    writeFileSync(".dev.vars", readFileSync(".dev.vars", "utf8").replace(/^ADMIN_TOKEN=.*$/m, `ADMIN_TOKEN=${token}`));
    console.log("Created .dev.vars with a new random ADMIN_TOKEN.");
  }
  const token = /^ADMIN_TOKEN=(.+)$/m.exec(readFileSync(".dev.vars", "utf8"))?.[1]?.trim();
  if (!token) throw new Error(".dev.vars has no ADMIN_TOKEN line: add one, or delete the file to get a new one.");
  return token;
}

async function waitUntilUp(child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error("wrangler dev stopped before it answered.");
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered on ${BASE}/healthz within a minute.`);
}

const token = ensureDevVars();
const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local"], { stdio: "inherit", env });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = spawn(
  wrangler,
  ["dev", "--port", PORT, "--ip", "localhost", "--show-interactive-dev-session=false", "--test-scheduled"],
  { stdio: "inherit", env },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

/**
 * wrangler dev does not fire Cron Triggers on its own; with --test-scheduled it runs them on request.
 * Fire the minute cron every minute, as Cloudflare would, so webhook retries and outbox re-sends
 * happen locally too.
 */
function runCrons() {
  const fire = (cron) => fetch(`${BASE}/__scheduled?cron=${encodeURIComponent(cron)}`).catch(() => undefined);
  setInterval(() => fire("* * * * *"), 60_000).unref();
}

try {
  await waitUntilUp(dev);
  runCrons();
  const [example] = await loadDemo(BASE, token);
  console.log(`
  Claimtrail is running on ${BASE}
    API reference   ${BASE}/docs  (OpenAPI: ${BASE}/openapi.json)
    Worked example  ${BASE}/v1/claims/${example}?include=timeline
    Admin token     ADMIN_TOKEN in .dev.vars
  Create an editor key:
    curl -s ${BASE}/v1/keys -H "Authorization: Bearer $(grep ^ADMIN_TOKEN= .dev.vars | cut -d= -f2)" \\
      -H "Content-Type: application/json" -d '{"role":"editor","name":"me"}'
`);
} catch (error) {
  console.error(`Could not load the demo data: ${error.message}`);
  dev.kill("SIGTERM");
  process.exitCode = 1;
}
