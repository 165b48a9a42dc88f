import { sql } from "drizzle-orm";
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
