import type { Redis } from "ioredis";
import { RateLimiterRes } from "rate-limiter-flexible";
import type { Context } from "../../../context.ts";
import { requireHuman } from "./captcha.ts";
import { blockedFor, limiterFor, type Quota, rateLimited } from "./limiters.ts";

const MINUTE = 60;
const HOUR = 3_600;

/** Counts failures under a key; once `points` failures are reached the key is locked out. */
export function failureGuard(name: string, quota: Quota) {
  return {
    async assertOpen(redis: Redis, key: string): Promise<void> {
      const state = await limiterFor(redis, name, quota).get(key);
      if (state && state.consumedPoints >= quota.points) throw rateLimited(Math.max(1, state.msBeforeNext));
    },
    /** Records a failure; returns how many there have been in the window. */
    async fail(redis: Redis, key: string): Promise<number> {
      try {
        return (await limiterFor(redis, name, quota).consume(key)).consumedPoints;
      } catch (error) {
        if (error instanceof RateLimiterRes) return error.consumedPoints;
        throw error;
      }
    },
    async failures(redis: Redis, key: string): Promise<number> {
      return (await limiterFor(redis, name, quota).get(key))?.consumedPoints ?? 0;
    },
    async clear(redis: Redis, key: string): Promise<void> {
      await limiterFor(redis, name, quota).delete(key);
    },
  };
}

// Password sign-in: per (account, IP) progressive delays and a lockout after 10 failures; per
// account a ceiling of 100 failures a day (NIST 800-63B), which a single IP cannot reach alone.
const pairFailures = failureGuard("login-fail-pair", {
  points: 10,
  seconds: 15 * MINUTE,
  blockSeconds: 15 * MINUTE,
});
const accountFailures = failureGuard("login-fail-account", {
  points: 100,
  seconds: 24 * HOUR,
  blockSeconds: HOUR,
});
const delayQuota: Quota = { points: 1, seconds: 1 };
const DELAY_AFTER = 3;
const MAX_DELAY_SECONDS = 60;

type GuardContext = Pick<Context, "redis" | "tokens" | "ip" | "http" | "captcha">;

/**
 * Keys are keyed pseudonyms of the email as typed, so unknown and known emails are guarded, and
 * answered, exactly alike, and Redis never holds an address.
 */
export function loginGuardKeys(ctx: Pick<Context, "tokens" | "ip">, email: string) {
  return {
    account: ctx.tokens.pseudonym(`login:${email}`),
    pair: ctx.tokens.pseudonym(`login:${email}|${ctx.ip ?? "unknown"}`),
  };
}

export const loginGuard = {
  /** Before checking the password: refuses while locked out or inside a progressive delay. */
  async assertMayTry(ctx: GuardContext, email: string): Promise<void> {
    const keys = loginGuardKeys(ctx, email);
    await pairFailures.assertOpen(ctx.redis, keys.pair);
    await accountFailures.assertOpen(ctx.redis, keys.account);
    const delay = await blockedFor(ctx.redis, "login-delay", delayQuota, keys.pair);
    if (delay > 0) throw rateLimited(delay);
    if ((await pairFailures.failures(ctx.redis, keys.pair)) >= DELAY_AFTER) await requireHuman(ctx);
  },
  async failed(ctx: GuardContext, email: string): Promise<void> {
    const keys = loginGuardKeys(ctx, email);
    const [failures] = await Promise.all([
      pairFailures.fail(ctx.redis, keys.pair),
      accountFailures.fail(ctx.redis, keys.account),
    ]);
    if (failures >= DELAY_AFTER) {
      const seconds = Math.min(2 ** (failures - DELAY_AFTER), MAX_DELAY_SECONDS);
      await limiterFor(ctx.redis, "login-delay", delayQuota).block(keys.pair, seconds);
    }
  },
  async succeeded(ctx: GuardContext, email: string): Promise<void> {
    const keys = loginGuardKeys(ctx, email);
    await Promise.all([
      pairFailures.clear(ctx.redis, keys.pair),
      limiterFor(ctx.redis, "login-delay", delayQuota).delete(keys.pair),
    ]);
  },
};

/** Wrong TOTP or recovery codes: 5 per user per 15 minutes, then 15 minutes locked. */
export const mfaFailures = failureGuard("mfa-fail", {
  points: 5,
  seconds: 15 * MINUTE,
  blockSeconds: 15 * MINUTE,
});

/** Wrong PINs: 5 per (cashier, terminal), 20 per terminal, per window. */
export const pinFailures = failureGuard("pin-fail", {
  points: 5,
  seconds: 15 * MINUTE,
  blockSeconds: 15 * MINUTE,
});
export const terminalPinFailures = failureGuard("pin-fail-terminal", {
  points: 20,
  seconds: HOUR,
  blockSeconds: HOUR,
});

/** Emails with links: at most 5 an hour to one address; past that they are silently not sent. */
export const emailLinkQuota = failureGuard("email-link-account", { points: 5, seconds: HOUR });

/** Keys for `account` use: erasure deletes them. */
export const accountGuardKeys = (ctx: Pick<Context, "tokens">, email: string) => [
  { guard: accountFailures, key: ctx.tokens.pseudonym(`login:${email}`) },
  { guard: emailLinkQuota, key: ctx.tokens.pseudonym(`email-link:${email}`) },
];
