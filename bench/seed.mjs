#!/usr/bin/env node
/**
 * `npm run bench:seed -- --claims 1000000`: a freshly migrated local D1 full of made-up claims, for
 * the scale benchmark (bench/scale.mjs). SQLite generates the rows itself (INSERT … SELECT from
 * recursive CTEs, bench/scale-data.mjs), run with `wrangler d1 execute --local`, one statement per
 * step, so a million claims need no million round trips. The triggers of the migrations run as for
 * any write: the full-text index is filled by them, and every timeline entry must extend its chain.
 *
 * Options: --claims N (default 10000), --persist DIR (default .wrangler/bench/claims-N; emptied
 * first). Prints each step's time and the total.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedSteps, timelineSql } from "./scale-data.mjs";

const WRANGLER = "node_modules/.bin/wrangler";
const ENV = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };

export function defaultPersist(claims) {
  return join(".wrangler", "bench", `claims-${claims}`);
}

/** The migrations a seeded database was made with: a benchmark reseeds when they change. */
export function migrationNames() {
  return readdirSync("migrations")
    .filter((name) => name.endsWith(".sql"))
    .sort();
}

function wrangler(args) {
  execFileSync(WRANGLER, args, { env: ENV, stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * Seeds `claims` claims into a fresh local D1 under `persist` and writes `persist/seed.json` (what
 * the benchmark needs to know: sizes, ids, the instant the data ends at). Returns that description.
 */
export async function seed({ claims, persist = defaultPersist(claims), log = console.log }) {
  rmSync(persist, { recursive: true, force: true });
  mkdirSync(persist, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "claimtrail-seed-"));
  const started = performance.now();
  const timed = (name, fn) => {
    const t = performance.now();
    fn();
    const seconds = (performance.now() - t) / 1000;
    log(`  ${name.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s`);
  };
  try {
    log(`Seeding ${claims.toLocaleString("en")} claims into ${persist}`);
    timed("migrations", () => wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]));
    // Whole days, so that runs on the same day make the same data.
    const end = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 30 * 86_400_000;
    const { steps, description } = seedSteps(claims, end);
    const timeline = await timelineSql(description);
    for (const step of [...steps, { name: timeline.name, sql: timeline.sql }]) {
      const file = join(work, "step.sql");
      writeFileSync(file, step.sql);
      timed(step.name, () =>
        wrangler(["d1", "execute", "DB", "--local", "--persist-to", persist, "--file", file, "--yes"]),
      );
    }
    const total = (performance.now() - started) / 1000;
    const result = {
      ...description,
      timelineClaimId: timeline.claimId,
      seedSeconds: Math.round(total),
      migrations: migrationNames(),
    };
    writeFileSync(join(persist, "seed.json"), `${JSON.stringify(result, null, 2)}\n`);
    log(`  ${"total".padEnd(44)} ${total.toFixed(1).padStart(7)} s`);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { claims: { type: "string", default: "10000" }, persist: { type: "string" } },
  });
  const claims = Number(values.claims);
  if (!Number.isSafeInteger(claims) || claims < 100) throw new Error("--claims needs a whole number, at least 100");
  await seed({ claims, persist: values.persist });
}
