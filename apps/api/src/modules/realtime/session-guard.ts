import type { Redis } from "ioredis";
import type { Logger } from "../../logger.ts";
import { isAccessRevoked, REVOCATION_CHANNEL, type RevocationNotice } from "../identity/revocation.ts";
import type { VerifiedAccess } from "../identity/tokens.ts";

/** What the guard needs of a signed-in socket. */
export interface GuardedSocket {
  id: string;
  /** Ends the connection; the socket's own disconnect handler then calls `forget`. */
  disconnect(close: true): unknown;
}

interface Guarded {
  socket: GuardedSocket;
  access: VerifiedAccess;
  expiry: ReturnType<typeof setTimeout>;
}

/** setTimeout's longest delay; no access token lives that long, but a clock may say otherwise. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * A signed-in socket hears its user's private channel only while its access token would still
 * be accepted: the guard disconnects it when the token expires, and at once when its session,
 * or every session of its user, is revoked (logout, password change, disabled account), as
 * announced on the revocation channel. The client then reconnects with whatever token it has
 * now; an expired or revoked one is refused.
 *
 * Pub/sub drops what is published while the subscriber is reconnecting, so after every
 * reconnection the guard checks each socket's revocation markers once.
 */
export function createSessionGuard(options: {
  /** A connection for the guard's own subscription. */
  subscriber: Redis;
  /** Where the revocation markers are (the services' Redis). */
  markers: Redis;
  log: Logger;
}) {
  const { subscriber, markers, log } = options;
  const guarded = new Map<string, Guarded>();
  const bySession = new Map<string, Set<string>>();
  const byUser = new Map<string, Set<string>>();

  const index = (map: Map<string, Set<string>>, key: string | undefined, socketId: string) => {
    if (!key) return;
    const set = map.get(key) ?? new Set();
    set.add(socketId);
    map.set(key, set);
  };
  const unindex = (map: Map<string, Set<string>>, key: string | undefined, socketId: string) => {
    if (!key) return;
    const set = map.get(key);
    set?.delete(socketId);
    if (set?.size === 0) map.delete(key);
  };

  const end = (socketId: string, reason: string) => {
    const entry = guarded.get(socketId);
    if (!entry) return;
    forget(socketId);
    log.debug({ socketId, userId: entry.access.userId, reason }, "socket session ended");
    entry.socket.disconnect(true);
  };

  const forget = (socketId: string) => {
    const entry = guarded.get(socketId);
    if (!entry) return;
    clearTimeout(entry.expiry);
    guarded.delete(socketId);
    unindex(bySession, entry.access.sessionId, socketId);
    unindex(byUser, entry.access.userId, socketId);
  };

  const checkMarkers = async (socketId: string) => {
    const entry = guarded.get(socketId);
    if (entry && (await isAccessRevoked(markers, entry.access))) end(socketId, "revoked");
  };

  const onNotice = (message: string) => {
    let notice: RevocationNotice;
    try {
      notice = JSON.parse(message) as RevocationNotice;
    } catch {
      return;
    }
    if ("sessionIds" in notice && Array.isArray(notice.sessionIds)) {
      for (const sessionId of notice.sessionIds)
        for (const socketId of [...(bySession.get(sessionId) ?? [])]) end(socketId, "session revoked");
    } else if ("userId" in notice && typeof notice.revokedBefore === "number") {
      for (const socketId of [...(byUser.get(notice.userId) ?? [])]) {
        const entry = guarded.get(socketId);
        if (entry && entry.access.issuedAt < notice.revokedBefore) end(socketId, "user tokens revoked");
      }
    }
  };

  let subscribedOnce = false;
  subscriber.on("message", (channel: string, message: string) => {
    if (channel === REVOCATION_CHANNEL) onNotice(message);
  });
  subscriber.on("ready", () => {
    // ioredis resubscribes by itself; whatever was announced in between is in the markers.
    if (!subscribedOnce) return;
    for (const socketId of [...guarded.keys()])
      void checkMarkers(socketId).catch((error) => log.warn({ err: error }, "revocation check failed"));
  });
  subscriber.on("error", (error) => log.warn({ err: error }, "revocation feed"));

  return {
    async start(): Promise<void> {
      await subscriber.subscribe(REVOCATION_CHANNEL);
      subscribedOnce = true;
    },
    /**
     * Watches a socket that connected with `access`, valid until `expiresAt` (ms since the
     * epoch). Checks the markers once more now that it listens, so a revocation that landed
     * between the admission check and this call is not missed.
     */
    async guard(socket: GuardedSocket, access: VerifiedAccess, expiresAt: number): Promise<void> {
      forget(socket.id);
      const delay = Math.min(Math.max(0, expiresAt - Date.now()), LONGEST_TIMER_MS);
      const expiry = setTimeout(() => end(socket.id, "token expired"), delay);
      guarded.set(socket.id, { socket, access, expiry });
      index(bySession, access.sessionId, socket.id);
      index(byUser, access.userId, socket.id);
      await checkMarkers(socket.id);
    },
    forget,
    /** Signed-in sockets being guarded (for tests and metrics). */
    get size() {
      return guarded.size;
    },
    close() {
      for (const entry of guarded.values()) clearTimeout(entry.expiry);
      guarded.clear();
      bySession.clear();
      byUser.clear();
      subscriber.disconnect();
    },
  };
}

export type SessionGuard = ReturnType<typeof createSessionGuard>;
