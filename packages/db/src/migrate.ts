import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Any fixed number: every process that migrates this database takes the same session lock. */
const MIGRATION_LOCK = 7_243_905_112;

/**
 * Applies every pending SQL migration in packages/db/drizzle; throws on the first failure.
 * Processes starting together (several api processes, a worker) take turns: the first applies
 * what is pending, the others then find nothing left to do.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
