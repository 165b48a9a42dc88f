import type { Config } from "../config.ts";

/** Every Redis key prefix and channel the api uses, derived from REDIS_PREFIX in one place. */
export const redisNames = (config: Pick<Config, "REDIS_PREFIX">) => ({
  /** BullMQ's key prefix. */
  bullPrefix: `${config.REDIS_PREFIX}:bull`,
  /** The socket.io Redis adapter's channel prefix (private pushes, room operations). */
  socketChannel: `${config.REDIS_PREFIX}:socket.io`,
  /** Seat deltas from the relays to every api process (JSON `{ showId, deltas }`). */
  seatDeltas: `${config.REDIS_PREFIX}:seat-deltas`,
  /** Api processes tell outbox relays here that they just committed outbox rows. */
  outboxNudge: `${config.REDIS_PREFIX}:outbox-nudge`,
});
