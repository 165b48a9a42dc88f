import type { Redis } from "ioredis";

/** Publishes "outbox rows committed" on Redis, at most once per event-loop turn. */
export function outboxNudger(redis: Redis, channel: string): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setImmediate(() => {
      queued = false;
      // Best effort: a lost nudge only means the relay's next poll finds the rows.
      redis.publish(channel, "1").catch(() => {});
    });
  };
}
