import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { type Api, type Connection, connect } from "./api";
import { type ExportFormat, runExport } from "./commands/export";
import { runImport } from "./commands/import";
import { type NewKey, runKeysCreate } from "./commands/keys";
import { runVerify } from "./commands/verify";

/** Exit code of a command line the CLI cannot run: unknown command or option, bad value, missing key. */
const USAGE = 2;

interface GlobalOptions {
  baseUrl: string;
  key?: string;
}

function positiveInteger(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError("a whole number from 1 to 32");
  return n;
}

function timestamp(raw: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ||
    Number.isNaN(Date.parse(raw))
  ) {
    throw new InvalidArgumentError("an ISO 8601 timestamp with an offset, such as 2025-12-31T23:59:59Z");
  }
  return raw;
}

/** `npm run` starts scripts in the project's root: paths the user typed are relative to where they typed them. */
function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** The server to talk to, from the global options (or their environment variables). */
function api(command: Command, needsKey: boolean): Api {
  const { baseUrl, key } = command.optsWithGlobals<GlobalOptions>();
  if (!/^https?:\/\/[^/]+/i.test(baseUrl))
    command.error(`error: --base-url must be an http(s) URL, not ${baseUrl}`, { exitCode: USAGE });
  if (needsKey && !key) {
    command.error("error: this command needs an API key: pass --key or set CLAIMTRAIL_KEY", { exitCode: USAGE });
  }
  const connection: Connection = { baseUrl: baseUrl.replace(/\/+$/, ""), key };
  return connect(connection, (message) => process.stderr.write(`retrying: ${message}\n`));
}

const program = new Command("claimtrail")
  .description("Import, export and check the claims of a Claimtrail server.")
  .addOption(
    new Option("--base-url <url>", "the server's address").env("CLAIMTRAIL_URL").default("http://localhost:8787"),
  )
  .addOption(new Option("--key <key>", "an API key: editor for import, admin for keys").env("CLAIMTRAIL_KEY"))
  .exitOverride();

program
  .command("import")
  .description("import ClaimReview (object, array, @graph, DataFeed, NDJSON) or a claimtrail export")
  .argument("<file>", "the file to import")
  .option("--report <file>", "where to write one line per record with its outcome", "claimtrail-import-report.ndjson")
  .option("--concurrency <n>", "records sent at once", positiveInteger, 4)
  .option("--dry-run", "map and report every record without writing anything", false)
  .action(async (file: string, options: { report: string; concurrency: number; dryRun: boolean }, command: Command) => {
    const client = api(command, !options.dryRun);
    let text: string;
    try {
      text = readFileSync(userPath(file), "utf8");
    } catch (error) {
      return command.error(`error: cannot read ${file}: ${error instanceof Error ? error.message : error}`, {
        exitCode: USAGE,
      });
    }
    process.exitCode = await runImport(client, userPath(file), text, { ...options, report: userPath(options.report) });
  });

program
  .command("export")
  .description("write every claim with its timeline, one JSON record a line")
  .addOption(
    new Option("--format <format>", "ndjson: claims and timelines, for import; claimreview: JSON-LD")
      .choices(["ndjson", "claimreview"])
      .default("ndjson"),
  )
  .option("--out <file>", "write to this file instead of standard output")
  .action(async (options: { format: ExportFormat; out?: string }, command: Command) => {
    const out = options.out === undefined ? undefined : userPath(options.out);
    process.exitCode = await runExport(api(command, false), options.format, out);
  });

program
  .command("keys")
  .description("manage API keys (admin)")
  .command("create")
  .description("create an API key and print it, once")
  .addOption(new Option("--role <role>", "what the key may do").choices(["editor", "admin"]).makeOptionMandatory())
  .requiredOption("--name <name>", "who or what the key is for")
  .option("--expires-at <timestamp>", "when the key stops working", timestamp)
  .action(async (options: Omit<NewKey, "expiresAt"> & { expiresAt?: string }, command: Command) => {
    const { role, name, expiresAt } = options;
    process.exitCode = await runKeysCreate(api(command, true), { role, name, expiresAt });
  });

program
  .command("verify")
  .description("check a claim's hash-chained timeline: exit 0 when intact, 1 when not")
  .argument("<claim-id>", "clm_…")
  .action(async (id: string, _options: unknown, command: Command) => {
    if (!/^clm_[0-9A-Za-z]+$/.test(id)) command.error(`error: ${id} is not a claim id (clm_…)`, { exitCode: USAGE });
    process.exitCode = await runVerify(api(command, false), id);
  });

// `claimtrail export | head` closes the pipe early: the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : USAGE;
  else {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
