import { limitExtracts, limitWrites } from "../http/rate-limit";
import { requireRole } from "../middleware/auth";
import { idempotent } from "../middleware/idempotency";

const bearer = [{ bearerAuth: [] }];

/** The header `idempotent` reads, as the document shows it on every route that takes it. */
const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header" as const,
  required: false,
  description:
    "Any unique string, e.g. a UUID: a retry with the same key and body within 24 hours answers the first response again instead of writing twice.",
  schema: { type: "string" as const, minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
};

/**
 * Route-config fragments: who may call a route, and whether it takes an Idempotency-Key. Writes
 * through them count against the key's write limit (reads pass `limitWrites` untouched).
 */
// Said outright, so the document shows a public route is public rather than leaving it unstated.
export const asAnyone = { security: [] };
export const asEditor = { middleware: [requireRole("editor"), limitWrites], security: bearer };
export const asAdmin = { middleware: [requireRole("admin"), limitWrites], security: bearer };
/** Extraction writes nothing: it has its own per-key limit instead of the write limit. */
export const extractsAsEditor = { middleware: [requireRole("editor"), limitExtracts], security: bearer };
export const createsAsEditor = {
  ...asEditor,
  middleware: [...asEditor.middleware, idempotent],
  parameters: [idempotencyKey],
};
export const createsAsAdmin = {
  ...asAdmin,
  middleware: [...asAdmin.middleware, idempotent],
  parameters: [idempotencyKey],
};
