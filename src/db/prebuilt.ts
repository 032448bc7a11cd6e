import { fillPlaceholders, type Query } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import type { Db } from "./client";

/** What `prebuilt` needs of a Drizzle select prepared with `sql.placeholder()` values. */
interface PreparedSelect<Row> {
  getQuery(): Query;
  mapAllResult(result: unknown, isFromBatch?: boolean): unknown;
  all(values?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * Prepares each template once and never runs it: a D1 statement belongs to the request's session
 * (http/d1-session.ts), so only the SQL text and the row mapping can outlive a request.
 */
const templates = drizzle({ prepare: () => ({}) } as unknown as D1Database);

/** A prebuilt read bound to one request's values: its statement, and how to read its result. */
export interface Bound<Row> {
  statement: D1PreparedStatement;
  /** The typed rows of the statement's result, as a D1 batch answers it. */
  rows(result: D1Result): Row[];
}

/**
 * A hot read whose SQL Drizzle builds once per isolate instead of once per request (building the
 * one-claim read took about 0.4 ms of CPU). Each request only binds the placeholder values to a
 * statement on its own D1 session; Drizzle still maps the rows (fields, JSON and boolean modes).
 */
export interface Prebuilt<Values, Row> {
  bind(db: Db, values: Values): Bound<Row>;
  /** Runs it alone: one round trip. */
  all(db: Db, values: Values): Promise<Row[]>;
  /** The SQL with `values` filled in, for EXPLAIN QUERY PLAN in tests. */
  toSQL(values: Values): Query;
}

export function prebuilt<Values extends Record<string, unknown>, Row>(
  build: (db: Db) => { prepare(): PreparedSelect<Row> },
): Prebuilt<Values, Row> {
  let template: PreparedSelect<Row> | undefined;
  const prepared = () => {
    template ??= build(templates).prepare();
    return template;
  };
  const toSQL = (values: Values): Query => {
    const { sql, params } = prepared().getQuery();
    return { sql, params: fillPlaceholders(params, values) };
  };
  const statement = (db: Db, values: Values) => {
    const { sql, params } = toSQL(values);
    return db.$client.prepare(sql).bind(...params);
  };
  return {
    bind: (db, values) => ({
      statement: statement(db, values),
      rows: (result) => prepared().mapAllResult(result, true) as Row[],
    }),
    all: async (db, values) => prepared().mapAllResult(await statement(db, values).raw(), false) as Row[],
    toSQL,
  };
}

/**
 * Prebuilt reads whose SQL text depends on the request's shape (which filters it uses, say) as well
 * as on its values: one read per shape key, its SQL built on first use.
 */
export interface PrebuiltShapes<Shape, Values, Row> {
  /** The read for the shape `key` names, built from `shape` when that key is not kept. */
  read(key: string, shape: Shape): Prebuilt<Values, Row>;
  /** How many shapes are kept. */
  readonly size: number;
}

/**
 * Keeps at most `capacity` shapes, the least recently used dropped first: requests can make up
 * shapes without end, and each kept one holds its SQL text and Drizzle's query objects.
 */
export function prebuiltShapes<Shape, Values extends Record<string, unknown>, Row>(
  capacity: number,
  build: (db: Db, shape: Shape) => { prepare(): PreparedSelect<Row> },
): PrebuiltShapes<Shape, Values, Row> {
  const reads = new Map<string, Prebuilt<Values, Row>>();
  return {
    read(key, shape) {
      let read = reads.get(key);
      if (read) {
        reads.delete(key);
      } else {
        read = prebuilt<Values, Row>((db) => build(db, shape));
        const oldest = reads.keys().next();
        if (reads.size >= capacity && !oldest.done) reads.delete(oldest.value);
      }
      // Re-inserted, so the Map's order stays least recently used first.
      reads.set(key, read);
      return read;
    },
    get size() {
      return reads.size;
    },
  };
}

/**
 * Any Drizzle select as a bound read, so that it can share a batch with prebuilt ones. `build` gets
 * the template db, where preparing makes no D1 statement: the one statement is made here, on the
 * request's session.
 */
export function bound<Row>(db: Db, build: (templateDb: Db) => { prepare(): PreparedSelect<Row> }): Bound<Row> {
  const prepared = build(templates).prepare();
  const { sql, params } = prepared.getQuery();
  return {
    statement: db.$client.prepare(sql).bind(...params),
    rows: (result) => prepared.mapAllResult(result, true) as Row[],
  };
}

type RowsOf<T extends readonly Bound<unknown>[]> = { [K in keyof T]: T[K] extends Bound<infer Row> ? Row[] : never };

/** Runs bound prebuilt reads as one D1 batch: one round trip, each answered with its typed rows. */
export async function batchPrebuilt<const T extends readonly Bound<unknown>[]>(db: Db, reads: T): Promise<RowsOf<T>> {
  const results = await db.$client.batch(reads.map((read) => read.statement));
  return reads.map((read, i) => {
    const result = results[i];
    if (!result) throw new Error("D1 answered a batch with fewer results than statements");
    return read.rows(result);
  }) as RowsOf<T>;
}
