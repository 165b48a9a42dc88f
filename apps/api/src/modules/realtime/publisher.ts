import type {
  HoldUpdate,
  NotificationPush,
  OrderUpdate,
  SeatDelta,
  ServerToClientEvents,
} from "@marquee/contracts";
import { Emitter } from "@socket.io/redis-emitter";
import { Redis } from "ioredis";
import type { Config } from "../../config.ts";
import { redisNames } from "../../infra/redis-names.ts";
import { userRoom } from "./rooms.ts";

/**
 * Pushes to sockets on every api process from anywhere (the outbox relay, workers), through
 * the socket.io Redis adapter's channels. Publishes are collected so a caller can wait until
 * Redis has taken them all before it records them as done.
 */
export function createRealtimePublisher(config: Pick<Config, "REDIS_URL" | "REDIS_PREFIX">) {
  const names = redisNames(config);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  let pending: Promise<unknown>[] = [];
  const client = {
    publish(channel: string, message: Buffer | string) {
      const published = redis.publish(channel, message);
      pending.push(published);
      return published;
    },
  };
  const emitter = new Emitter<ServerToClientEvents>(client, { key: names.socketChannel });
  return {
    /** Consecutive deltas of one show, in version order; each api process batches them for its sockets. */
    seatDeltas(showId: string, deltas: SeatDelta[]) {
      client.publish(names.seatDeltas, JSON.stringify({ showId, deltas }));
    },
    holdUpdate(userId: string, update: HoldUpdate) {
      emitter.to(userRoom(userId)).emit("hold:update", update);
    },
    orderUpdate(userId: string, update: OrderUpdate) {
      emitter.to(userRoom(userId)).emit("order:update", update);
    },
    notification(userId: string, notification: NotificationPush) {
      emitter.to(userRoom(userId)).emit("notification", notification);
    },
    /** Resolves once Redis has accepted every publish so far; rejects if any failed. */
    async flush(): Promise<void> {
      const batch = pending;
      pending = [];
      await Promise.all(batch);
    },
    async close() {
      await Promise.allSettled(pending);
      redis.disconnect();
    },
  };
}

export type RealtimePublisher = ReturnType<typeof createRealtimePublisher>;
