import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: "test-admin-token",
                  PUBLISHER_NAME: "Claimtrail Test Desk",
                  PUBLISHER_URL: "https://desk.test",
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["tests/**/*.test.ts"],
            exclude: ["tests/e2e/**"],
            setupFiles: ["./tests/setup.ts"],
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
