/** zod's core without its message locales: the `core` namespace of zod-en.ts. */
export * from "../../node_modules/zod/v4/core/index.js";
export const locales = {};
