import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { raisedMiniflareLimits } from "./scripts/raised-limits.mjs";

// wrangler reads these when it is first loaded (by the e2e global setup): keep its logs in the
// project and its metrics off, as npm start and the bench do.
process.env.WRANGLER_LOG_PATH ??= ".logs";
process.env.WRANGLER_SEND_METRICS ??= "false";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  const worker = (ratelimits: typeof raisedMiniflareLimits | undefined) =>
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: migrations,
          ADMIN_TOKEN: "test-admin-token",
          PUBLISHER_NAME: "Claimtrail Test Desk",
          PUBLISHER_URL: "https://desk.test",
          PUBLIC_URL: "http://claimtrail.test",
          // Lets the Worker deliver to the test receiver on 127.0.0.1 (tests/webhooks/receiver.ts).
          ALLOW_PRIVATE_WEBHOOKS: "true",
        },
        ...(ratelimits ? { ratelimits } : {}),
        // Deliver each Queue message at once instead of waiting to fill a batch.
        queueConsumers: { "claimtrail-events": { maxBatchTimeout: 0 } },
      },
    });
  return {
    test: {
      // The Worker's structured log lines (one per request) would bury the tests' own output; the
      // tests that care about them read them through a console spy.
      onConsoleLog: (log) => !log.startsWith('{"type":'),
      projects: [
        // Hundreds of writes and searches from one key and one address, and the limiter's counts
        // may outlive a test file: these run with the limits out of reach.
        {
          plugins: [worker(raisedMiniflareLimits)],
          test: {
            name: "workers",
            include: ["tests/**/*.test.ts"],
            exclude: ["tests/e2e/**", "tests/limits/**"],
            setupFiles: ["./tests/setup.ts"],
            globalSetup: ["./tests/webhooks/receiver.ts"],
            // The generated-request suites (tests/property/) run in workerd, which has no process.env:
            // PROPERTY_RUNS multiplies their cases, PROPERTY_SEED replays another seed.
            provide: {
              propertyRuns: Number(process.env.PROPERTY_RUNS ?? "1"),
              propertySeed: Number(process.env.PROPERTY_SEED ?? "20261126"),
            },
          },
        },
        // wrangler.toml's own limits, and the tests that prove them.
        {
          plugins: [worker(undefined)],
          test: {
            name: "limits",
            include: ["tests/limits/**/*.test.ts"],
            setupFiles: ["./tests/setup.ts"],
            // The limiter counts in clock minutes: a burst slowed past a minute's end finds its
            // count reset, and is tried again (each test makes its own keys and addresses). One
            // file at a time keeps bursts short.
            retry: 2,
            fileParallelism: false,
            testTimeout: 150_000,
          },
        },
        {
          test: {
            name: "e2e",
            environment: "node",
            include: ["tests/e2e/**/*.e2e.ts"],
            globalSetup: ["./tests/e2e/global-setup.ts"],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
