import { type Column, getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { PgInsertBase, PgTable } from "drizzle-orm/pg-core";
import type { PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import type { Database, DbExecutor } from "./client.ts";

/** What a drizzle query builder turns into once prepared: SQL text, parameters and result mapping. */
interface Preparable {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<unknown> };
}

type Prepared<Q extends Preparable> = ReturnType<Q["prepare"]>;

/**
 * A query on a hot path, built once and run on any executor: the database or a transaction.
 *
 * Drizzle builds a query's SQL again every time it runs (walking every selected column), which
 * costs more CPU than PostgreSQL spends running a simple statement. Here the query is built on
 * first use with `sql.placeholder(...)` for its inputs, and each run binds the prepared query to
 * the given executor's connection, so it takes part in that executor's transaction and locks.
 *
 *     const orderById = reusableQuery("order_by_id", (db) =>
 *       db.select().from(orders).where(eq(orders.id, sql.placeholder("id"))));
 *     const [order] = await orderById(tx, { id });
 *
 * Whatever differs between runs must be a placeholder: drizzle computes `$onUpdate` values (the
 * `updatedAt` columns) once, when the query is built, so an update sets them itself.
 */
export function reusableQuery<Q extends Preparable>(name: string, build: (db: Database) => Q) {
  let prepared: Prepared<Q> | undefined;
  return (executor: DbExecutor, values: Record<string, unknown> = {}): ReturnType<Prepared<Q>["execute"]> => {
    prepared ??= build(executor as Database).prepare(name) as Prepared<Q>;
    // The prepared query runs on `this.client`: the executor's own connection (or transaction).
    const bound = Object.create(prepared, { client: { value: connectionOf(executor) } }) as Prepared<Q>;
    return bound.execute(values) as ReturnType<Prepared<Q>["execute"]>;
  };
}

/** The postgres.js client behind a drizzle database or transaction (its session's). */
function connectionOf(executor: DbExecutor): unknown {
  const client = (executor as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client) throw new Error("reusableQuery: this executor has no postgres.js session");
  return client;
}

/**
 * A value given when a reusable query runs, for `set(...)` and `values(...)`: drizzle fills such
 * placeholders through the column's own encoding (a Date becomes a timestamp) but does not type
 * them there, so this says which type the column takes.
 */
export function valueAtRun<T>(name: string): T {
  return sql.placeholder(name) as unknown as T;
}

/** Inserts of up to this many rows keep a statement per shape; bigger ones are built each time. */
const MAX_REUSED_ROWS = 16;

type InsertOf<TTable extends PgTable> = PgInsertBase<TTable, PostgresJsQueryResultHKT>;

/**
 * An insert on a hot path, built once per shape (number of rows and which columns they set) and
 * run on any executor. `finish` adds what follows the values (`onConflictDoNothing`,
 * `returning`). Values are encoded as drizzle encodes them (a Date becomes a timestamp, an
 * object JSON), and a null stays SQL NULL.
 *
 *     const insertTickets = reusableInsert("tickets", tickets, (insert) =>
 *       insert.returning({ id: tickets.id }));
 *     const inserted = await insertTickets(tx, rows);
 */
export function reusableInsert<TTable extends PgTable, Q extends Preparable = InsertOf<TTable>>(
  name: string,
  table: TTable,
  finish: (insert: InsertOf<TTable>) => Q = (insert) => insert as unknown as Q,
) {
  const columns = getTableColumns(table) as Record<string, Column>;
  const shapes = new Map<string, ReturnType<typeof reusableQuery<Q>>>();
  // Defaults computed in JavaScript ($defaultFn, $onUpdate: ids, timestamps) are computed per row
  // at each run, never once into the built statement. Those that give SQL stay in it.
  const computed = Object.entries(columns).flatMap(([key, column]) => {
    const compute = column.defaultFn ?? (column.hasDefault ? undefined : column.onUpdateFn);
    return compute ? [{ key, compute }] : [];
  });
  const withComputedDefaults = (row: TTable["$inferInsert"]): TTable["$inferInsert"] => {
    let filled = row as Record<string, unknown>;
    for (const { key, compute } of computed) {
      if (filled[key] !== undefined) continue;
      const value = compute();
      if (!is(value, SQL)) filled = { ...filled, [key]: value };
    }
    return filled as TTable["$inferInsert"];
  };
  const setKeys = (row: object) =>
    Object.entries(row)
      .filter(([key, value]) => value !== undefined && key in columns)
      .map(([key]) => key);
  return (executor: DbExecutor, given: TTable["$inferInsert"][]): ReturnType<Prepared<Q>["execute"]> => {
    const rows = given.map(withComputedDefaults);
    const keys = setKeys(rows[0] ?? {});
    const shape = `${rows.length}:${keys.join(",")}`;
    if (rows.length > MAX_REUSED_ROWS || rows.some((row) => setKeys(row).join(",") !== keys.join(","))) {
      // Big batches (one shape each would pile up statements), and rows that set different
      // columns (the others take their defaults): built the usual way.
      const insert = (executor as Database).insert(table).values(rows) as InsertOf<TTable>;
      return finish(insert).prepare(`${name}_once`).execute() as ReturnType<Prepared<Q>["execute"]>;
    }
    let insert = shapes.get(shape);
    if (!insert) {
      // Each value a bare placeholder (SQL, not a Param): encoded here, so a null is never encoded.
      const placeholders = rows.map((_, r) =>
        Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`${r}.${key}`)}`])),
      );
      insert = reusableQuery(`${name}_${shapes.size}`, (db) =>
        finish(db.insert(table).values(placeholders as TTable["$inferInsert"][]) as InsertOf<TTable>),
      );
      shapes.set(shape, insert);
    }
    const values: Record<string, unknown> = {};
    rows.forEach((row, r) => {
      for (const key of keys) {
        const value = (row as Record<string, unknown>)[key];
        values[`${r}.${key}`] =
          value === null || value === undefined ? null : columns[key]?.mapToDriverValue(value);
      }
    });
    return insert(executor, values);
  };
}
