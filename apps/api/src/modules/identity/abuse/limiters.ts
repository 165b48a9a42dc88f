import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../../../errors.ts";

/** `points` actions per `seconds`; past that the key is refused for `blockSeconds` (or the window). */
export interface Quota {
  points: number;
  seconds: number;
  blockSeconds?: number;
}

// One limiter per (Redis connection, name): they are stateless apart from Redis itself.
const limiters = new WeakMap<Redis, Map<string, RateLimiterRedis>>();

export function limiterFor(redis: Redis, name: string, quota: Quota): RateLimiterRedis {
  let byName = limiters.get(redis);
  if (!byName) {
    byName = new Map();
    limiters.set(redis, byName);
  }
  let limiter = byName.get(name);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `rl:${name}`,
      points: quota.points,
      duration: quota.seconds,
      blockDuration: quota.blockSeconds ?? 0,
    });
    byName.set(name, limiter);
  }
  return limiter;
}

export const rateLimited = (retryAfterMs: number) =>
  new DomainError("RATE_LIMITED", "Too many attempts. Please wait a moment and try again.", {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });

/**
 * Takes one point and says how many are used in the window; throws RATE_LIMITED (with
 * retryAfterSeconds) when the quota is used up.
 */
export async function consumeQuota(redis: Redis, name: string, quota: Quota, key: string): Promise<number> {
  try {
    return (await limiterFor(redis, name, quota).consume(key)).consumedPoints;
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext);
    throw error;
  }
}

/** Milliseconds until the key may act again, or 0 when it is not blocked. Uses no point. */
export async function blockedFor(redis: Redis, name: string, quota: Quota, key: string): Promise<number> {
  const state = await limiterFor(redis, name, quota).get(key);
  if (!state || state.consumedPoints <= quota.points) return 0;
  return Math.max(1, state.msBeforeNext);
}
