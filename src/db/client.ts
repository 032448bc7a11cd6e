import { getTableName, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type DrizzleD1Database, drizzle } from "drizzle-orm/d1";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

export type Db = DrizzleD1Database;
export type Statement = BatchItem<"sqlite">;

export function createDb(d1: D1Database): Db {
  return drizzle(d1);
}

/** Runs statements as one D1 batch: a single round trip and a single transaction. */
export function runBatch(db: Db, statements: Statement[]) {
  const [first, ...rest] = statements;
  if (!first) throw new Error("runBatch needs at least one statement");
  return db.batch([first, ...rest]);
}

/** The column D1 names in a UNIQUE or PRIMARY KEY violation, e.g. "articles.url"; null for other errors. */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const match = /UNIQUE constraint failed: ([\w.]+)/.exec(e.message);
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * Statements to run as one batch, and what the client will be told once they have run. For a
 * guarded write (see guarded.ts), `applied` reads the batch results (false: the claim changed after
 * it was read), `landed` is the same test as SQL for statements added after the plan's own (the
 * Idempotency-Key record), and `onConflict` says whether to plan again or answer 412.
 */
export interface WritePlan<T> {
  statements: Statement[];
  result: T;
  applied?: (results: unknown[]) => boolean;
  landed?: SQL;
  onConflict?: "retry" | "precondition_failed";
}

/**
 * `"table"."column"`. Drizzle leaves columns unqualified in single-table selects, and inside a
 * correlated subquery SQLite would resolve a bare "id" to the subquery's own table.
 */
export function qualified(column: AnySQLiteColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
