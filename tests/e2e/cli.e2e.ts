import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportLine } from "../../cli/import/report";
import type { ExportLine } from "../../cli/records/types";
import { raisedWorkerLimits } from "../../scripts/raised-limits.mjs";
import type { ClaimBody, ListBody } from "../helpers";

/**
 * `npm run claimtrail` as users run it (a child process through tsx) against real Workers. This
 * file starts two of its own, each on a throwaway D1: `source` takes the imports, `target` stays
 * empty until the round trip imports an export into it. demo.e2e.ts counts every claim on the
 * shared server from global-setup.ts, so nothing here may touch that one.
 */

const run = promisify(execFile);
const WRANGLER = "node_modules/.bin/wrangler";
const TSX = "node_modules/.bin/tsx";
const ADMIN_TOKEN = "cli-admin-token";
const FIXTURES = "tests/e2e/fixtures/claimreview";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };

interface Server {
  url: string;
  dispose(): Promise<void>;
}
interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

let work = "";
let source: Server;
let target: Server;
const persisted: string[] = [];

async function startServer(): Promise<Server> {
  const persist = mkdtempSync(join(tmpdir(), "claimtrail-cli-"));
  persisted.push(persist);
  await run(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { env: quiet });
  // wrangler fixes its log path when it is loaded: set the environment first, so nothing lands in ~/.config.
  Object.assign(process.env, { WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: { ...raisedWorkerLimits, ADMIN_TOKEN: { type: "plain_text", value: ADMIN_TOKEN } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "warn" },
  });
  await worker.ready;
  return { url: (await worker.url).origin, dispose: () => worker.dispose() };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "claimtrail-cli-work-"));
  [source, target] = await Promise.all([startServer(), startServer()]);
});

afterAll(async () => {
  await Promise.all([source?.dispose(), target?.dispose()]);
  for (const dir of [...persisted, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

interface CliOptions {
  server?: Server;
  /** The API key; null runs without one. */
  key?: string | null;
}

function cliEnv({ server = source, key = ADMIN_TOKEN }: CliOptions): NodeJS.ProcessEnv {
  const { CLAIMTRAIL_URL: _url, CLAIMTRAIL_KEY: _key, ...env } = process.env;
  return { ...env, CLAIMTRAIL_URL: server.url, ...(key === null ? {} : { CLAIMTRAIL_KEY: key }) };
}

/** Runs the CLI to its end: `tsx cli/main.ts …args` with the server and key in the environment. */
function cli(args: string[], options: CliOptions = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      ["cli/main.ts", ...args],
      { env: cliEnv(options), timeout: 60_000 },
      (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** Imports a file with its report in the work directory; answers the outcome and the report's lines. */
async function importFile(file: string, options: CliOptions & { extra?: string[] } = {}) {
  const report = join(work, `${file.replace(/\W+/g, "-")}-${Date.now()}.ndjson`);
  const outcome = await cli(["import", file, "--report", report, ...(options.extra ?? [])], options);
  return { ...outcome, report: existsSync(report) ? readReport(report) : [] };
}

function readReport(path: string): ReportLine[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as ReportLine);
}

async function get<T>(server: Server, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function post<T>(server: Server, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `POST ${path}: ${await res.clone().text()}`).toBe(201);
  return (await res.json()) as T;
}

/** The claims imported from a review URL, with their timelines. */
async function imported(server: Server, reviewUrl: string): Promise<ClaimBody[]> {
  const list = await get<ListBody<ClaimBody>>(server, `/v1/claims?source_url=${encodeURIComponent(reviewUrl)}`);
  return Promise.all(list.data.map((c) => get<ClaimBody>(server, `/v1/claims/${c.id}?include=timeline`)));
}

async function theClaimOf(reviewUrl: string): Promise<ClaimBody> {
  const [claim, ...more] = await imported(source, reviewUrl);
  expect(more, reviewUrl).toHaveLength(0);
  if (!claim) throw new Error(`nothing imported from ${reviewUrl}`);
  return claim;
}

async function allClaims(server: Server): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: ListBody<ClaimBody> = await get(server, `/v1/claims?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    ids.push(...page.data.map((c) => c.id));
    cursor = page.next_cursor;
  } while (cursor);
  return ids;
}

/** A made-up ClaimReview on an example domain, rated false. */
function generatedReview(i: number) {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `https://factcheck.example/generated/${i}`,
    claimReviewed: `Generated claim number ${i} about the example budget`,
    author: { "@type": "Organization", name: "Example Fact Desk" },
    reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
    itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Jane Roe" } },
  };
}

const SHAPES = ["single.json", "array.json", "graph.json", "datafeed.json", "reviews.ndjson"];

describe("claimtrail import", () => {
  it("imports a single object, an array, an @graph, a DataFeed and NDJSON", { timeout: 60_000 }, async () => {
    const counts: Record<string, string> = {};
    for (const shape of SHAPES) {
      const { code, stderr, report } = await importFile(`${FIXTURES}/${shape}`);
      expect(code, stderr).toBe(0);
      counts[shape] = report.map((line) => line.outcome[0]).join("");
    }
    expect(counts).toEqual({
      "single.json": "i",
      "array.json": "iii",
      "graph.json": "i",
      "datafeed.json": "iiii",
      "reviews.ndjson": "iiiiissii",
    });
  });

  it("maps the speaker, the article, the dates and the rating, and decodes HTML entities", async () => {
    const bridge = await theClaimOf("https://factcheck.example/2024/08/harbour-bridge-budget");
    expect(bridge).toMatchObject({
      text: `The harbour bridge "came in 40% under budget" & opened early, the mayor's office said`,
      kind: "statement",
      speaker: { name: "Jane Roe", title: "Mayor of Exampleton" },
      claimed_at: "2024-08-19",
      language: "en",
      appearances: [{ article: { url: "https://news.example/local/2024/08/19/bridge-opening" } }],
      status: { code: "false" },
    });
    expect(bridge.timeline?.map((u) => u.status)).toEqual(["unverified", "false"]);
    expect(bridge.timeline?.[1]).toMatchObject({
      note: 'Example Fact Desk rated this "False" (ratingValue 1, worstRating 1, bestRating 5) on 2024-08-21. Imported from its ClaimReview.',
      evidence: [
        { url: "https://factcheck.example/2024/08/harbour-bridge-budget", title: "Example Fact Desk fact-check" },
      ],
    });

    const empleo = await theClaimOf("https://verifica.example/2024/ministra-empleo");
    expect(empleo).toMatchObject({
      language: "es",
      speaker: { name: "Ana Ejemplo", title: "Ministra de Empleo" },
      appearances: [
        {
          article: {
            url: "https://noticias.example/economia/empleo-juvenil",
            title: "La ministra presume del empleo juvenil",
            publisher: "Noticias Ejemplo",
            published_at: "2024-04-30T08:00:00.000Z",
          },
        },
      ],
    });
    const trains = await theClaimOf("https://verif.example/2024/03/trains-gratuits");
    expect(trains).toMatchObject({
      text: "Les trains régionaux seront gratuits dès l’an prochain",
      language: "fr-FR",
      speaker: { name: "Marc Exemple", title: "Député" },
      appearances: [{ article: { url: "https://journal.example/politique/trains" } }],
    });
  });

  it.each([
    ["https://factcheck.example/2024/08/harbour-bridge-budget", "false", "numbers 1 of 1–5"],
    ["https://verifica.example/2024/ministra-empleo", "false", "inverted scale: 5 of worst 5, best 1"],
    ["https://factcheck.example/2024/06/moon-cheese", "false", "name only: Pants on Fire!"],
    ["https://factcheck.example/2024/07/school-funding", "misleading", "empty numbers, MISSING CONTEXT"],
    ["https://verif.example/2024/03/trains-gratuits", "false", "Faux, through @id references"],
    ["https://pruefen.example/2024/strompreis", "false", "Falsch"],
    ["https://checagem.example/2024/vacina-chip", "misleading", "Enganoso"],
    ["https://factcheck.example/2024/02/rail-ridership", "mostly_true", "4 of 5, Mostly True"],
    ["https://verif.example/2024/02/impots", "mostly_false", "Plutôt faux"],
    ["https://factcheck.example/2024/09/crime-rate", "misleading", "3 of 5 named Misleading"],
    ["https://verifica.example/2024/salario", "false", "2 of 1–7 named Falso"],
    ["https://verifica.example/2024/agua", "misleading", "Engañoso in an @graph line"],
    ["https://verif.example/2024/05/retraites", "misleading", "Manque de contexte in an ld+json script line"],
    ["https://factcheck.example/2024/10/parks", "unsupported", "Unproven in an untyped envelope"],
    ["https://factcheck.example/2024/10/bus-fares", "true", "5 of 5, scheme-less url"],
  ])("rates %s as %s (%s)", async (url, status) => {
    expect((await theClaimOf(url)).status.code).toBe(status);
  });

  it("skips records lacking what Google requires, each with its reason", async () => {
    const { code, stderr, report } = await importFile(`${FIXTURES}/incomplete.ndjson`);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("imported 0, skipped 11, failed 0 of 11 records");
    expect(report.map((line) => [line.outcome, line.code])).toEqual([
      ["skipped", "no_claim_text"],
      ["skipped", "no_claim_text"],
      ["skipped", "bad_review_url"],
      ["skipped", "bad_review_url"],
      ["skipped", "bad_review_url"],
      ["skipped", "no_review_author"],
      ["skipped", "no_review_author"],
      ["skipped", "no_rating"],
      ["skipped", "unknown_rating"],
      ["skipped", "unknown_rating"],
      ["skipped", "unknown_rating"],
    ]);
    for (const line of report) expect(line.reason, line.at).toMatch(/\w/);
    expect(await imported(source, "https://factcheck.example/skip/no-author")).toEqual([]);
  });

  it("creates nothing when the same files are imported again", { timeout: 60_000 }, async () => {
    const before = await allClaims(source);
    for (const shape of SHAPES) {
      const { code, report } = await importFile(`${FIXTURES}/${shape}`);
      expect(code).toBe(0);
      for (const line of report.filter((l) => l.code !== "not_a_record")) {
        expect(line, line.at).toMatchObject({ outcome: "skipped", code: "already_imported" });
      }
    }
    expect(await allClaims(source)).toEqual(before);
  });

  it("finishes a claim an earlier run created before posting its rating", async () => {
    const review = generatedReview(1000);
    await post(source, "/v1/claims", {
      text: review.claimReviewed,
      speaker: { name: "Jane Roe" },
      source_url: review.url,
    });
    const file = join(work, "one.json");
    writeFileSync(file, JSON.stringify(review));
    const { code, report } = await importFile(file);
    expect(code).toBe(0);
    expect(report).toMatchObject([{ outcome: "imported", resumed: true, status: "false" }]);
    expect((await theClaimOf(review.url)).timeline?.map((u) => u.status)).toEqual(["unverified", "false"]);
  });

  it("resumes an import killed half-way, without duplicating anything", { timeout: 90_000 }, async () => {
    const reviews = Array.from({ length: 80 }, (_, i) => generatedReview(i));
    const file = join(work, "generated.ndjson");
    writeFileSync(file, reviews.map((r) => JSON.stringify(r)).join("\n"));
    const report = join(work, "generated-report.ndjson");
    const state = join(work, "generated-report.state.ndjson");

    // In its own process group, so the kill reaches the node process tsx runs the CLI in, not only tsx.
    const args = ["cli/main.ts", "import", file, "--report", report, "--concurrency", "2"];
    const child = spawn(TSX, args, { env: cliEnv({}), detached: true, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const settled = () => (existsSync(state) ? readFileSync(state, "utf8").split("\n").length - 2 : 0);
    while (settled() < 10) await new Promise((resolve) => setTimeout(resolve, 20));
    process.kill(-(child.pid ?? 0), "SIGKILL");
    await exited;
    const before = settled();
    expect(before).toBeLessThan(reviews.length);
    expect(existsSync(report)).toBe(false);

    const resumed = await cli(["import", file, "--report", report]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/Resuming: \d+ records were handled by an earlier run/);
    const lines = readReport(report);
    expect(lines).toHaveLength(reviews.length);
    expect(lines.filter((l) => l.earlier_run).length).toBeGreaterThanOrEqual(before);
    // Records in flight when the run was killed landed without reaching the state file: the
    // server's guard by review URL finds them.
    for (const line of lines) {
      expect(line.outcome === "imported" || line.code === "already_imported", JSON.stringify(line)).toBe(true);
    }
    expect(existsSync(state)).toBe(false);
    for (const review of reviews) {
      const claims = await imported(source, review.url);
      expect(claims.map((c) => c.timeline?.map((u) => u.status))).toEqual([["unverified", "false"]]);
    }
  });
});

/** What an import must carry over: everything but ids, timestamps, hashes and authors. */
function comparable(line: ExportLine) {
  const { claim, timeline } = line;
  return {
    text: claim.text,
    summary: claim.summary,
    kind: claim.kind,
    speaker: [claim.speaker.name, claim.speaker.title],
    claimed_at: claim.claimed_at,
    language: claim.language,
    topics: claim.topics,
    quantity: claim.quantity,
    review_due: claim.review_due,
    source_url: claim.source_url,
    appearances: claim.appearances.map(({ article: { id: _, ...article }, quote_context }) => ({
      article,
      quote_context,
    })),
    status: claim.status.code,
    timeline: timeline.map((u) => ({
      status: u.status,
      note: u.note,
      evidence: u.evidence,
      previous: u.previous_status,
    })),
  };
}

function exported(text: string) {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => comparable(JSON.parse(line) as ExportLine))
    .sort((a, b) => `${a.source_url}${a.text}`.localeCompare(`${b.source_url}${b.text}`));
}

describe("claimtrail export", () => {
  it("exports every claim with its timeline, and an empty instance imports the same claims back", {
    timeout: 90_000,
  }, async () => {
    const tracked = await post<ClaimBody>(source, "/v1/claims", {
      text: "More than 90 percent of the issues have been agreed, decided.",
      summary: "Share of the issues agreed in the ceasefire talks",
      kind: "statistic",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      article: {
        url: "https://news.example/world/joint-statement",
        title: "Joint statement",
        publisher: "Example News",
        published_at: "2024-08-20T14:03:00Z",
      },
      quote_context: "Blinken told reporters the figure.",
      claimed_at: "2024-08-20",
      topics: ["gaza", "ceasefire"],
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      review_due: "2024-09-30",
    });
    await post(source, `/v1/claims/${tracked.id}/updates`, { status: "under_review", note: "Illustrative: checking." });
    await post(source, `/v1/claims/${tracked.id}/updates`, {
      status: "half_true",
      note: "Illustrative demo data, not a real fact-check.",
      evidence: [
        { url: "https://evidence.example/transcript", title: "Transcript" },
        { url: "https://evidence.example/b" },
      ],
    });
    const promise = await post<ClaimBody>(source, "/v1/claims", {
      text: "We will open ten new libraries by next year.",
      kind: "promise",
      speaker: { name: "Jane Roe" },
      language: "en-GB",
    });
    await post(source, `/v1/claims/${promise.id}/updates`, { status: "in_progress", note: "Illustrative." });

    const out = join(work, "export.ndjson");
    const first = await cli(["export", "--out", out], { key: null });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe("");
    const original = readFileSync(out, "utf8");
    expect(original.trim().split("\n")).toHaveLength((await allClaims(source)).length);
    const onStdout = await cli(["export"], { key: null });
    expect(exported(onStdout.stdout)).toEqual(exported(original));

    const { code, stderr, report } = await importFile(out, { server: target });
    expect(code, stderr).toBe(0);
    expect(new Set(report.map((line) => line.outcome))).toEqual(new Set(["imported"]));
    const again = await cli(["export"], { server: target, key: null });
    expect(exported(again.stdout)).toEqual(exported(original));

    const twice = await importFile(out, { server: target });
    expect(twice.code).toBe(0);
    expect(new Set(twice.report.map((line) => line.code))).toEqual(new Set(["already_imported"]));
    expect(await allClaims(target)).toHaveLength(report.length);
  });

  it("exports ClaimReview JSON-LD, one per line, which the importer reads back to the same ratings", async () => {
    const { code, stdout } = await cli(["export", "--format", "claimreview"], { key: null });
    expect(code).toBe(0);
    const reviews = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { "@type": string; url: string });
    expect(reviews.length).toBe((await allClaims(source)).length);
    expect(new Set(reviews.map((r) => r["@type"]))).toEqual(new Set(["ClaimReview"]));

    const file = join(work, "claimreview.ndjson");
    writeFileSync(file, stdout);
    const { report } = await importFile(file, { extra: ["--dry-run"], key: null });
    for (const line of report.filter((l) => l.outcome === "would_import")) {
      const id = /\/claims\/(clm_\w+)$/.exec(line.source_url ?? "")?.[1];
      const claim = await get<ClaimBody>(source, `/v1/claims/${id}`);
      if (claim.kind === "statement" || claim.kind === "statistic") expect(line.status, id).toBe(claim.status.code);
    }
    expect(report.filter((l) => l.outcome === "skipped").map((l) => l.code)).toEqual(
      report.filter((l) => l.outcome === "skipped").map(() => "no_rating"),
    );
  });
});

describe("claimtrail verify and keys", () => {
  it("verifies a claim's chain: 0 when intact, 1 for an unknown claim, 2 for something that is no claim id", async () => {
    const [id] = await allClaims(source);
    const ok = await cli(["verify", id ?? ""], { key: null });
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(ok.stdout).toMatch(new RegExp(`^✓ ${id}: \\d+ entries, chain intact, head [0-9a-f]{64}\\n$`));
    const unknown = await cli(["verify", "clm_00000000000000000000000000"], { key: null });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no such claim/);
    expect((await cli(["verify", "nope"], { key: null })).code).toBe(2);
  });

  it("creates a key, prints it once on standard output, and refuses an editor key", async () => {
    const created = await cli(["keys", "create", "--role", "editor", "--name", "CLI e2e"]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^ctk_\S+\n$/);
    expect(created.stderr).toMatch(/Created editor key key_\w+ "CLI e2e"\. This is the only time the key is shown/);
    const editor = created.stdout.trim();
    const refused = await cli(["keys", "create", "--role", "admin", "--name", "escalation"], { key: editor });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/403 forbidden/);
    const dryRun = await importFile(`${FIXTURES}/single.json`, { key: editor, extra: ["--dry-run"] });
    expect(dryRun.code).toBe(0);
  });

  it("creates a key that expires with --expires-at, and refuses an instant already past", async () => {
    const args = ["keys", "create", "--role", "editor", "--name", "CLI expiring", "--expires-at"];
    const created = await cli([...args, "2099-12-31T23:59:59+01:00"]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^ctk_\S+\n$/);
    expect(created.stderr).toMatch(
      /Created editor key key_\w+ "CLI expiring", valid until 2099-12-31T22:59:59\.000Z\. This is the only time/,
    );
    const past = await cli([...args, "2020-01-01T00:00:00Z"]);
    expect(past.code).toBe(1);
    expect(past.stdout).toBe("");
    expect(past.stderr).toMatch(/400 validation_failed/);
    expect(past.stderr).toMatch(/expires_at: must be in the future/);
  });

  it("answers usage errors with exit code 2 and an unreachable server with 1", { timeout: 60_000 }, async () => {
    for (const args of [
      ["frobnicate"],
      ["keys", "create", "--name", "no role"],
      ["keys", "create", "--role", "editor", "--name", "x", "--expires-at", "tomorrow"],
      ["import", `${FIXTURES}/single.json`, "--concurrency", "0"],
      ["import", "no-such-file.json"],
    ]) {
      expect((await cli(args)).code, args.join(" ")).toBe(2);
    }
    const keyless = await cli(["import", `${FIXTURES}/single.json`], { key: null });
    expect(keyless).toMatchObject({ code: 2, stderr: expect.stringContaining("needs an API key") });
    const down = await cli(["verify", "clm_00000000000000000000000000", "--base-url", "http://127.0.0.1:9"], {
      key: null,
    });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach GET http:\/\/127\.0\.0\.1:9\//);
  });
});
