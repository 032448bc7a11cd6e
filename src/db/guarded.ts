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

/** INSERT … SELECT … WHERE condition: inserts the row only when the condition holds. */
export function insertWhere<T extends SQLiteTable>(db: Db, table: T, row: T["$inferInsert"], condition: SQL) {
  const columns = getTableColumns(table);
  const present = Object.entries(row).flatMap(([key, value]) => {
    const column = columns[key];
    return column && value !== undefined ? [{ column, value }] : [];
  });
  const names = sql.join(
    present.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  );
  const values = sql.join(
    present.map(({ column, value }) => sql.param(value, column)),
    sql`, `,
  );
  return db.run(sql`insert into ${table} (${names}) select ${values} where ${condition}`);
}
