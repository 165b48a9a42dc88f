import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/**
 * Drizzle asks postgres.js for unnamed statements unless a query is explicitly `.prepare()`d,
 * and postgres.js sends a parameterised unnamed statement in two round trips (describe, then
 * bind and execute), parsing and planning it afresh every time. Named statements are described
 * once per connection and then sent in one message, so queries pipeline. postgres.js keeps one
 * statement per distinct text per connection, and connections are recycled (max_lifetime).
 */
function preparingStatements<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
          (value as Sql["unsafe"]).call(target, query, parameters as never, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const work = args.at(-1) as (tx: Sql) => unknown;
          return (value as (...a: unknown[]) => unknown).call(target, ...args.slice(0, -1), (tx: Sql) =>
            work(preparingStatements(tx)),
          );
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function createDb(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzle(preparingStatements(sql), { schema, casing: "snake_case" });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

export type Database = ReturnType<typeof createDb>["db"];
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbExecutor = Database | Tx;
