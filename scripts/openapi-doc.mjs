// Writes the OpenAPI document exactly as the Worker serves it at /openapi.json, for the linters
// and the client generator: `node scripts/openapi-doc.mjs <file>`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { unstable_startWorker } from "wrangler";

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/openapi-doc.mjs <file>");
  process.exit(2);
}
process.env.WRANGLER_SEND_METRICS ??= "false";
process.env.WRANGLER_LOG_PATH ??= ".logs";

const worker = await unstable_startWorker({
  config: "wrangler.toml",
  dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, logLevel: "error" },
});
try {
  await worker.ready;
  const res = await fetch(new URL("/openapi.json", await worker.url));
  if (!res.ok) throw new Error(`/openapi.json answered ${res.status}`);
  const doc = await res.json();
  // The document names the address it was fetched from (a random loopback port here); name the
  // placeholder deployment from wrangler.toml instead, so the file is the same on every run.
  doc.servers = [{ url: "https://claimtrail.example", description: "This deployment" }];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  console.error(`wrote ${out}`);
} finally {
  await worker.dispose();
}
