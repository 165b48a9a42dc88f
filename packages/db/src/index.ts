export { createDb, type Database, type DbExecutor, type Schema, type Tx } from "./client.ts";
export { migrateDatabase } from "./migrate.ts";
export { reusableInsert, reusableQuery, valueAtRun } from "./reusable-query.ts";
export * as schema from "./schema/index.ts";
