import { Redis } from "ioredis";

export class RedisUnavailable extends Error {
  constructor(url: string, cause: unknown) {
    super(
      `Redis is not reachable at ${url}. Start one with ` +
        `\`redis-server --daemonize yes --port 6379 --save "" --appendonly no\` ` +
        "or set REDIS_URL to a running server.",
      { cause },
    );
    this.name = "RedisUnavailable";
  }
}

/** Connects and pings once so a missing Redis stops the start with a clear message. */
export async function connectRedis(
  url: string,
  options: { maxRetriesPerRequest?: number | null } = {},
): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: options.maxRetriesPerRequest === undefined ? 3 : options.maxRetriesPerRequest,
    connectTimeout: 3_000,
    // Commands issued in the same turn of the event loop (each request's revocation check, rate
    // limits, nudges) go out in one write: a socket write costs more here than the command.
    enableAutoPipelining: true,
  });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailable(url, error);
  }
}
