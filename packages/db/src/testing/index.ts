import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { createDb } from "../client.ts";
import { migrateDatabase, migrationsFolder } from "../migrate.ts";

/**
 * Each test file gets its own database, cloned from a template that is migrated once per
 * migration set (CREATE DATABASE ... TEMPLATE is a file copy: tens of milliseconds).
 */
const serverUrl = () =>
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function migrationsFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    if (file.endsWith(".sql") || file.endsWith(".json"))
      hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 12);
}

async function ensureTemplate(admin: postgres.Sql, name: string): Promise<void> {
  // An advisory lock makes parallel test files wait for one migration instead of racing.
  await admin.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${name}))`;
    const [existing] = await tx`select 1 from pg_database where datname = ${name}`;
    if (existing) return;
    const building = `${name}_build_${randomBytes(3).toString("hex")}`;
    await admin.unsafe(`create database "${building}"`);
    try {
      await migrateDatabase(withDatabase(serverUrl(), building));
      await admin.unsafe(`alter database "${building}" rename to "${name}"`);
    } catch (error) {
      await admin.unsafe(`drop database if exists "${building}"`);
      throw error;
    }
  });
}

export interface TestDatabase extends ReturnType<typeof createDb> {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = postgres(serverUrl(), { max: 2, onnotice: () => {} });
  try {
    const template = `marquee_tpl_${migrationsFingerprint()}`;
    await ensureTemplate(admin, template);
    const name = `marquee_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    await admin.unsafe(`create database "${name}" template "${template}"`);
    const url = withDatabase(serverUrl(), name);
    const handle = createDb(url, { max: 20 });
    return {
      ...handle,
      url,
      name,
      async drop() {
        await handle.close();
        const dropper = postgres(serverUrl(), { max: 1, onnotice: () => {} });
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  } finally {
    await admin.end();
  }
}
