// After `wrangler deploy --dry-run --outdir dist`: the bundle's gzipped size against its budget,
// and no zod message locale but English in it (wrangler.toml's alias; src/vendor/zod-en.ts).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KIB = 210;
const bundle = readFileSync("dist/index.js");
const kib = gzipSync(bundle, { level: 9 }).length / 1024;
console.log(`bundle: ${(bundle.length / 1024).toFixed(0)} KiB, ${kib.toFixed(1)} KiB gzipped (budget ${BUDGET_KIB})`);
const text = bundle.toString("utf8");
// ASCII phrases: the minifier escapes the accented letters around them.
const locales = ["erwartet instanceof", "se esperaba instanceof"].filter((s) => text.includes(s));
if (locales.length > 0) {
  console.error(`zod locales are back in the bundle (found ${locales.join(", ")}): check the "zod" alias`);
  process.exit(1);
}
if (kib > BUDGET_KIB) {
  console.error(`the bundle is over its ${BUDGET_KIB} KiB budget`);
  process.exit(1);
}
