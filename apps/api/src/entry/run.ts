import { ConfigError, loadConfig } from "../config.ts";
import { buildHttpServer } from "../http/server.ts";
import { RedisUnavailable } from "../infra/redis.ts";
import { processors } from "../jobs/processors.ts";
import { startWorker } from "../jobs/worker.ts";
import { createLogger } from "../logger.ts";
import { startOutboxRelay } from "../outbox-relay/relay.ts";
import { openPlatform } from "../platform.ts";

type Role = "server" | "worker";

/** Starts the given process roles and shuts them down gracefully on SIGTERM/SIGINT. */
export async function run(roles: Role[]): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const closers: (() => Promise<void>)[] = [];
  try {
    const platform = await openPlatform(config, log);
    closers.push(() => platform.close());
    if (roles.includes("worker")) {
      const worker = await startWorker(platform, processors);
      closers.unshift(() => worker.close());
      const relay = startOutboxRelay(platform);
      closers.unshift(() => relay.close());
      log.info("worker started");
    }
    if (roles.includes("server")) {
      const app = await buildHttpServer(platform, { webDist: config.WEB_DIST ?? defaultWebDist() });
      await app.listen({ host: config.HOST, port: config.PORT });
      closers.unshift(() => app.close());
      log.info({ url: `http://localhost:${config.PORT}` }, "Marquee is up");
    }
  } catch (error) {
    if (error instanceof RedisUnavailable) log.fatal(error.message);
    else log.fatal({ err: error }, "start failed");
    for (const close of closers) await close().catch(() => {});
    process.exit(1);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    const timer = setTimeout(() => {
      log.error("shutdown grace period passed; exiting");
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    for (const close of closers) await close().catch((err) => log.error({ err }, "error while closing"));
    clearTimeout(timer);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

function defaultWebDist(): string {
  return new URL("../../../web/dist", import.meta.url).pathname;
}
