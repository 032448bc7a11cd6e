/**
 * The extraction half of `npm run bench`: the pure extractor on a 5,000-word article (bundled by
 * esbuild and run in Node's V8, the engine workerd also uses), then POST /v1/extract under load.
 */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { build } from "esbuild";

async function loadExtractor() {
  const bundle = await build({
    stdin: {
      contents: `export { extractClaims } from "./src/domain/extraction/index.ts";
                 export { longArticle } from "./tests/extraction/long-article.ts";`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const code = bundle.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The pure extractor, warm: 200 runs on the 5,000-word article, timed one by one. */
async function timeExtractor() {
  const { extractClaims, longArticle } = await loadExtractor();
  const article = longArticle(5000);
  const words = article.split(/\s+/).length;
  const cold = performance.now();
  const candidates = extractClaims(article).length;
  const first = performance.now() - cold;
  const times = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    extractClaims(article);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`\nExtractor, ${words}-word article (${article.length} characters, ${candidates} candidates), 200 runs:`);
  console.log(
    `first call ${first.toFixed(1)} ms; then median ${median(times).toFixed(2)} ms, p90 ${sorted[179].toFixed(2)} ms`,
  );
  return { article, words };
}

export async function benchExtraction(appUrl, token, seconds, connections, bare) {
  const { article, words } = await timeExtractor();
  const result = await autocannon({
    url: `${appUrl}/v1/extract`,
    connections,
    duration: seconds,
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ text: article }),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`POST /v1/extract: ${bad} failed requests`);
  const rps = result.requests.average;
  console.log("\n| scenario | req/s | p50 ms | p99 ms | req/s vs bare |");
  console.log("|---|---:|---:|---:|---:|");
  console.log(
    `| POST /v1/extract, ${words} words | ${rps.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${(rps / bare.rps).toFixed(2)} |`,
  );
}

// `node bench/extraction.mjs`: the extractor alone, without the load scenarios that `npm run bench`
// runs first (their Queue work can still be running in the background when the extractor is timed).
if (import.meta.url === `file://${process.argv[1]}`) await timeExtractor();
