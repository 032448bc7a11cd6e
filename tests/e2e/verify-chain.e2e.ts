import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * scripts/verify-chain.mjs against a real Worker. This file runs its own Worker on its own throwaway
 * D1 rather than the shared one from global-setup.ts: demo.e2e.ts counts every claim on the shared
 * server (so claims created here would break it when the files run in parallel), and the tamper
 * test drops the database's append-only triggers, which nothing else should have to run without.
 */

const run = promisify(execFile);
const WRANGLER = "node_modules/.bin/wrangler";
const SCRIPT = "scripts/verify-chain.mjs";
const ADMIN_TOKEN = "verify-chain-admin-token";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };

interface Claim {
  id: string;
}
interface Update {
  id: string;
  note: string | null;
  hash: string;
}
interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

let persist = "";
let base = "";
let dispose = async () => {};

beforeAll(async () => {
  persist = mkdtempSync(join(tmpdir(), "claimtrail-verify-chain-"));
  await run(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { env: quiet });
  // wrangler fixes its log path when it is loaded: set the environment first, so nothing lands in ~/.config.
  Object.assign(process.env, { WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: { ADMIN_TOKEN: { type: "plain_text", value: ADMIN_TOKEN } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "warn" },
  });
  dispose = () => worker.dispose();
  await worker.ready;
  base = (await worker.url).origin;
});

afterAll(async () => {
  await dispose();
  if (persist) rmSync(persist, { recursive: true, force: true });
});

/** Runs the verifier as a user would: `node scripts/verify-chain.mjs …args`. */
function verifyChain(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [SCRIPT, ...args], { timeout: 20_000 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as T;
}

/** A statistic claim with the given status updates posted on top of its first, `unverified` entry. */
async function claimWithUpdates(statuses: string[]): Promise<{ claim: Claim; updates: Update[] }> {
  const claim = await post<Claim>("/v1/claims", {
    text: "More than 90 percent of the issues have been agreed, decided.",
    kind: "statistic",
    speaker: { name: "Antony Blinken" },
  });
  const updates: Update[] = [];
  for (const [i, status] of statuses.entries()) {
    updates.push(
      await post<Update>(`/v1/claims/${claim.id}/updates`, {
        status,
        note: `Step ${i + 1}: checked against the negotiating texts.`,
        evidence: [{ url: `https://evidence.example/${i}`, title: `Source ${i}` }],
      }),
    );
  }
  return { claim, updates };
}

/** Runs SQL on the Worker's local D1 from outside, as an attacker with file access would. */
async function d1(sql: string): Promise<Record<string, unknown>[]> {
  const args = ["d1", "execute", "DB", "--local", "--persist-to", persist, "--config", "wrangler.toml", "--json"];
  const { stdout } = await run(WRANGLER, [...args, "--command", sql], { env: quiet });
  const [first] = JSON.parse(stdout) as { results?: Record<string, unknown>[] }[];
  return first?.results ?? [];
}

describe("scripts/verify-chain.mjs", () => {
  it("passes an intact timeline, named by its API, page or embed URL", async () => {
    const { claim, updates } = await claimWithUpdates(["under_review", "mostly_true"]);
    const ok = `✓ ${claim.id} — 3 entries, chain intact, head ${updates.at(-1)?.hash}\n`;
    for (const url of [
      `${base}/v1/claims/${claim.id}`,
      `${base}/claims/${claim.id}`,
      `${base}/embed/claims/${claim.id}?theme=dark`,
    ]) {
      expect(await verifyChain(url)).toEqual({ code: 0, stdout: ok, stderr: "" });
    }
  });

  it("names the entry whose stored row was rewritten behind the API's back", async () => {
    const { claim, updates } = await claimWithUpdates(["under_review", "mostly_true", "unsupported"]);
    const tampered = updates[1];
    if (!tampered) throw new Error("expected three updates");
    expect((await verifyChain(`${base}/v1/claims/${claim.id}`)).code).toBe(0);

    // The append-only triggers refuse any UPDATE, so an attacker with the database file drops them first.
    const triggers = await d1("select name from sqlite_master where type = 'trigger' and tbl_name = 'status_updates'");
    expect(triggers.length).toBeGreaterThan(0);
    const drops = triggers.map(({ name }) => `drop trigger "${String(name)}";`).join(" ");
    await d1(`${drops} update status_updates set note = 'rewritten' where id = '${tampered.id}';`);
    const seen = await fetch(`${base}/v1/claims/${claim.id}/updates/${tampered.id}`);
    expect(((await seen.json()) as Update).note).toBe("rewritten");

    const result = await verifyChain(`${base}/v1/claims/${claim.id}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`✗ ${claim.id}: entry 3 (${tampered.id}): hash does not match its contents`);
    expect(result.stderr).toContain(`stored ${tampered.hash}`);
  });

  it("refuses bad usage with exit code 2", async () => {
    for (const args of [
      [],
      [`${base}/v1/claims`],
      ["clm_00000000000000000000000000"],
      [`${base}/v1/claims/clm_nope`],
    ]) {
      const result = await verifyChain(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^usage: node scripts\/verify-chain\.mjs <claim URL>/);
    }
  });

  it("reports a claim that does not exist, or a server it cannot reach", async () => {
    const missing = await verifyChain(`${base}/v1/claims/clm_00000000000000000000000000`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^✗ clm_00000000000000000000000000: claim not found/);

    const unreachable = await verifyChain("http://127.0.0.1:9/claims/clm_00000000000000000000000000");
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9\/v1\/claims\//);
  });
});
