import { schema } from "@marquee/db";
import { systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Services } from "./context.ts";
import { openDatabase } from "./infra/database.ts";
import { connectRedis } from "./infra/redis.ts";
import { redisNames } from "./infra/redis-names.ts";
import type { Logger } from "./logger.ts";
import { captchaFromConfig } from "./modules/identity/abuse/captcha.ts";
import { enrolDemoTwoStep } from "./modules/identity/demo.ts";
import { createAccessTokens, resolveAuthSecret } from "./modules/identity/tokens.ts";
import { createPaymentGateways } from "./modules/payments/registry.ts";
import { nudgeRelaysOnCommit } from "./outbox.ts";
import { outboxNudger } from "./outbox-relay/nudge.ts";

export interface Platform extends Services {
  databaseUrl: string;
  close(): Promise<void>;
}

/** Opens everything a process role needs: database (migrated, seeded on first start) and Redis. */
export async function openPlatform(config: Config, log: Logger): Promise<Platform> {
  const redis = await connectRedis(config.REDIS_URL);
  const database = await openDatabase(config, log).catch(async (error) => {
    redis.disconnect();
    throw error;
  });
  await seedIfWanted(config, log, database.db);
  const tokens = createAccessTokens(resolveAuthSecret(config.AUTH_SECRET, config.DATA_DIR), {
    accessMinutes: config.ACCESS_TOKEN_MINUTES,
  });
  if (config.SEED_DEMO !== "never") await enrolDemoTwoStep(database.db, tokens, log);
  return {
    config,
    log,
    db: nudgeRelaysOnCommit(database.db, outboxNudger(redis, redisNames(config).outboxNudge)),
    redis,
    clock: systemClock,
    tokens,
    captcha: captchaFromConfig(config),
    gateways: createPaymentGateways(config, log),
    databaseUrl: database.url,
    async close() {
      redis.disconnect();
      await database.shutdown();
    },
  };
}

async function seedIfWanted(config: Config, log: Logger, db: Services["db"]) {
  if (config.SEED_DEMO === "never") return;
  if (config.SEED_DEMO === "auto") {
    const [anyCity] = await db.select({ id: schema.cities.id }).from(schema.cities).limit(1);
    if (anyCity) return;
  }
  const { seedDemoCatalog } = await import("@marquee/db/seed");
  const started = Date.now();
  const summary = await seedDemoCatalog(db);
  log.info({ summary, ms: Date.now() - started }, "demo catalog seeded");
}
