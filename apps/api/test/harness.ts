import { randomBytes } from "node:crypto";
import type { UserRole } from "@marquee/contracts";
import { createTestDatabase, type TestDatabase } from "@marquee/db/testing";
import { Redis } from "ioredis";
import type { Clock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { createInnerContext, type Services } from "../src/context.ts";
import type { HttpExchange } from "../src/http/exchange.ts";
import { createLogger } from "../src/logger.ts";
import type { CaptchaVerifier } from "../src/modules/identity/abuse/captcha.ts";
import { backgroundSettled } from "../src/modules/identity/background.ts";
import { createRecordingMailer } from "../src/modules/identity/mailer.ts";
import type { AuthDevice, AuthUser } from "../src/modules/identity/principal.ts";
import { createAccessTokens } from "../src/modules/identity/tokens.ts";
import { createPaymentGateways, type GatewayOverrides } from "../src/modules/payments/registry.ts";
import { appRouter } from "../src/router.ts";
import { createCallerFactory } from "../src/trpc.ts";

/** A clock tests can move forward. */
export function testClock(start = new Date()): Clock & { advance(ms: number): void; set(at: Date): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (at) => {
      now = at.getTime();
    },
  };
}

export interface TestPlatform extends Services {
  database: TestDatabase;
  clock: ReturnType<typeof testClock>;
  caller(as?: {
    user?: AuthUser | null;
    device?: AuthDevice | null;
    ip?: string | null;
    http?: HttpExchange | null;
  }): ReturnType<typeof createCaller>;
  /** Identity mail (verification, reset, magic links) lands here. */
  mails: ReturnType<typeof createRecordingMailer>;
  close(): Promise<void>;
}

const createCaller = createCallerFactory(appRouter);

/**
 * Real PostgreSQL (a fresh database for this file) and real Redis, with keys under a unique prefix.
 * `gateways` swaps in payment gateway clients (a Stripe SDK pointed at a stand-in, card readers).
 */
export async function createTestPlatform(
  env: Record<string, string> = {},
  options: { gateways?: GatewayOverrides; captcha?: CaptchaVerifier } = {},
): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const prefix = `test:${randomBytes(4).toString("hex")}:`;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    LOG_LEVEL: "silent",
    ...env,
  });
  const redis = new Redis(config.REDIS_URL, { keyPrefix: prefix, maxRetriesPerRequest: 3 });
  const clock = testClock();
  const mails = createRecordingMailer();
  const services: Services = {
    config,
    db: database.db,
    redis,
    clock,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    tokens: createAccessTokens(randomBytes(32).toString("hex")),
    mailer: mails,
    ...(options.captcha ? { captcha: options.captcha } : {}),
    gateways: createPaymentGateways(config, undefined, options.gateways),
  };
  return {
    ...services,
    clock,
    database,
    mails,
    caller: (as = {}) => createCaller(createInnerContext(services, as)),
    async close() {
      await backgroundSettled();
      redis.disconnect();
      await database.drop();
    },
  };
}

export const asRole = (id: string, role: UserRole): AuthUser => ({ id, role });
