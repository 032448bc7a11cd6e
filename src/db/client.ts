import { getTableName, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type DrizzleD1Database, drizzle } from "drizzle-orm/d1";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

export type Db = DrizzleD1Database & { $client: D1Database };
export type Statement = BatchItem<"sqlite">;

export function createDb(d1: D1Database): Db {
  return drizzle(d1);
}

/**
 * A D1 session (Sessions API) where a database is expected. Drizzle and our round-trip counter only
 * ever call `prepare` and `batch`, which a session has with the same signatures.
 */
export function sessionDatabase(session: D1DatabaseSession): D1Database {
  return session as unknown as D1Database;
}

/** Liveness: one trivial query, so /healthz proves D1 answers. */
export async function pingDb(db: Db): Promise<void> {
  await db.run(sql`select 1`);
}

/** Runs statements as one D1 batch: a single round trip and a single transaction. */
export function runBatch(db: Db, statements: Statement[]) {
  const [first, ...rest] = statements;
  if (!first) throw new Error("runBatch needs at least one statement");
  return db.batch([first, ...rest]);
}

/** The first capture of `pattern` in an error or its causes (Drizzle wraps D1's own error). */
function causeMatching(error: unknown, pattern: RegExp): string | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const match = pattern.exec(e.message);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The column D1 names in a UNIQUE or PRIMARY KEY violation, e.g. "articles.url"; null for other errors. */
export function uniqueViolation(error: unknown): string | null {
  return causeMatching(error, /UNIQUE constraint failed: ([\w.]+)/);
}

/** True when the timeline triggers (migrations/0002) refused an entry that did not extend the chain. */
export function chainViolation(error: unknown): boolean {
  return causeMatching(error, /(status_updates chain)/) !== null;
}

/**
 * `"table"."column"`. Drizzle leaves columns unqualified in single-table selects, and inside a
 * correlated subquery SQLite would resolve a bare "id" to the subquery's own table.
 */
export function qualified(column: AnySQLiteColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
