import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";
import { claims } from "./schema";

/**
 * True while the claim is still at the version the writer read. Every statement of a claim write
 * carries it, and the claim's own UPDATE runs last, so a batch that lost a race changes nothing.
 */
export function claimAtVersion(claimId: string, version: number): SQL {
  return sql`exists (select 1 from ${claims} where ${claims.id} = ${claimId} and ${claims.version} = ${version})`;
}

/**
 * INSERT … SELECT <row> WHERE condition: inserts the row only while the condition holds. Drizzle
 * lists every column of the table in order for an INSERT … SELECT, so the row gives them all.
 */
export function insertWhere<T extends SQLiteTable>(db: Db, table: T, row: T["$inferSelect"], condition: SQL) {
  const values = Object.entries(getTableColumns(table)).map(([key, column]) =>
    sql.param((row as Record<string, unknown>)[key] ?? null, column),
  );
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} where ${condition}`);
}
