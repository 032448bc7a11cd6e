import { requireRole } from "../middleware/auth";
import { idempotent } from "../middleware/idempotency";

const bearer = [{ bearerAuth: [] }];

/** Route-config fragments: who may call a route, and whether it takes an Idempotency-Key. */
export const asEditor = { middleware: [requireRole("editor")], security: bearer };
export const asAdmin = { middleware: [requireRole("admin")], security: bearer };
export const createsAsEditor = { middleware: [requireRole("editor"), idempotent], security: bearer };
export const createsAsAdmin = { middleware: [requireRole("admin"), idempotent], security: bearer };
