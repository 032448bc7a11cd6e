/**
 * zod with English messages only. `@hono/zod-openapi` passes zod's namespace around as a value, and
 * that keeps every export of it in the bundle, among them `locales`: 60-odd languages of error
 * messages (about 40 KiB gzipped) this API never shows. wrangler.toml aliases "zod" to this module,
 * which re-exports zod and shadows `locales` (here and in `core`) with an empty object, so the
 * bundler drops them.
 * zod still configures English itself.
 */
// A path, not "zod/…": the alias would send a package path straight back here.
export * from "../../node_modules/zod/v4/classic/external.js";

import * as z from "./zod-en";

export * as core from "./zod-core-en";

export const locales = {};
export { z, z as default };
