import { z } from "zod";
import { orderStatuses } from "./booking.ts";
import type { ErrorCode } from "./errors.ts";
import type { SeatDelta } from "./inventory.ts";

/*
 * Socket.io events between the api and the seat maps of web, box office and kiosk. Payloads
 * travel as JSON, so times are ISO strings here (tRPC's superjson turns them into Dates).
 */

/** Most deltas a watch request catches up on; further behind, the client reloads the snapshot. */
export const MAX_CATCH_UP_DELTAS = 500;

export const watchShowInput = z.strictObject({
  showId: z.uuid(),
  /** The version of the snapshot the client holds, to catch up from after a reconnect. */
  sinceVersion: z.number().int().min(0).optional(),
});
export type WatchShowInput = z.infer<typeof watchShowInput>;

export const unwatchShowInput = z.strictObject({ showId: z.uuid() });

export type WatchShowAck =
  | {
      ok: true;
      showId: string;
      /** The show's current seat version. */
      version: number;
      /** Deltas after `sinceVersion`, in order, when they could be caught up on. */
      deltas: SeatDelta[];
      /** True when `sinceVersion` is too far behind (or unknown): reload the snapshot. */
      resync: boolean;
    }
  | { ok: false; code: ErrorCode; message: string };

export const holdUpdateStatuses = ["extended", "released", "expired"] as const;

/** A signed-in user's own hold changed (private channel). */
export const holdUpdate = z.object({
  holdId: z.uuid(),
  showId: z.uuid(),
  status: z.enum(holdUpdateStatuses),
  expiresAt: z.string().nullable(),
});
export type HoldUpdate = z.infer<typeof holdUpdate>;

export const orderUpdateKinds = ["confirmed", "cancelled", "payment_refunded", "documents_ready"] as const;

/** A signed-in user's own order changed (private channel): refetch it. */
export const orderUpdate = z.object({
  orderId: z.uuid(),
  kind: z.enum(orderUpdateKinds),
  status: z.enum(orderStatuses).nullable(),
});
export type OrderUpdate = z.infer<typeof orderUpdate>;

/** An in-app notification as pushed over the private channel. */
export const notificationPush = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type NotificationPush = z.infer<typeof notificationPush>;

export interface ServerToClientEvents {
  /**
   * Consecutive deltas of one show, oldest first. Under a burst the relay sends everything
   * committed since its last batch in one frame, so a socket gets one frame, not one per change.
   */
  "seats:deltas": (deltas: SeatDelta[]) => void;
  "hold:update": (update: HoldUpdate) => void;
  "order:update": (update: OrderUpdate) => void;
  notification: (notification: NotificationPush) => void;
}

export interface ClientToServerEvents {
  "show:watch": (input: WatchShowInput, ack: (result: WatchShowAck) => void) => void;
  "show:unwatch": (input: { showId: string }) => void;
}

/** Handshake `auth` of a socket: the same bearer access token the tRPC calls use, if signed in. */
export interface RealtimeHandshakeAuth {
  token?: string;
}

/** Reasons a connection is refused, in `connect_error`'s `data.code`. */
export type RealtimeConnectErrorCode = "UNAUTHENTICATED" | "RATE_LIMITED";
