import type { Server as HttpServer } from "node:http";
import {
  type ClientToServerEvents,
  type RealtimeConnectErrorCode,
  type SeatDelta,
  type ServerToClientEvents,
  unwatchShowInput,
  type WatchShowAck,
  watchShowInput,
} from "@marquee/contracts";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import { decodeJwt } from "jose";
import { type ExtendedError, Server, type Socket } from "socket.io";
import type { Services } from "../../context.ts";
import { redisNames } from "../../infra/redis-names.ts";
import { isAccessRevoked } from "../identity/revocation.ts";
import type { VerifiedAccess } from "../identity/tokens.ts";
import { catchUpShow } from "./catch-up.ts";
import { createConnectionLimit, createEventBudget } from "./connection-limit.ts";
import { showRoom, userRoom } from "./rooms.ts";
import { createSeatFanout } from "./seat-fanout.ts";
import { createSessionGuard } from "./session-guard.ts";

interface SocketData {
  /** The access token a signed-in socket came with, and when it expires (ms since the epoch). */
  access: { claims: VerifiedAccess; expiresAt: number } | null;
  address: string;
  watching: Set<string>;
}

type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Shows one socket may watch at once (a seat map, an organizer's dashboard of a few shows). */
const MAX_WATCHED_SHOWS = 20;
const EVENTS_PER_WINDOW = 60;
const EVENT_WINDOW_MS = 10_000;

/**
 * socket.io on the api's HTTP server. Seat deltas reach every api process on one Redis channel
 * and each sweeps them to its own watching sockets; private pushes come from the outbox relay
 * and the workers through the Redis adapter. This process answers watch requests, keeps
 * connections within their limits and ends a signed-in socket's session when its token does.
 */
export async function attachRealtime(httpServer: HttpServer, services: Services) {
  const { config, log } = services;
  const pubClient = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const subClient = pubClient.duplicate();
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    // Tokens travel in the handshake, never in cookies: any origin may connect.
    cors: { origin: true, credentials: false },
    maxHttpBufferSize: 16_384,
    // Off (socket.io's default, said here on purpose): compression would cost CPU per socket and
    // defeat the one WebSocket frame socket.io encodes for a whole group of sockets.
    perMessageDeflate: false,
    adapter: createAdapter(pubClient, subClient, { key: redisNames(config).socketChannel }),
  });
  const connections = createConnectionLimit({
    perAddress: config.REALTIME_MAX_CONNECTIONS_PER_IP,
    total: config.REALTIME_MAX_CONNECTIONS,
  });
  const sessions = createSessionGuard({ subscriber: pubClient.duplicate(), markers: services.redis, log });
  await sessions.start();

  // Seat deltas arrive on their own channel and go out to each room as a rolling sweep (see seat-fanout.ts).
  const fanout = createSeatFanout({
    watching: (showId) => io.of("/").adapter.rooms.get(showRoom(showId)),
    // Every socket is in the room of its own id: one encoding per group of sockets.
    send: (socketIds, deltas) => {
      try {
        io.local.to(socketIds).emit("seats:deltas", deltas);
      } catch (error) {
        log.error({ err: error }, "seat deltas not sent");
      }
    },
  });
  const seatFeed = pubClient.duplicate();
  seatFeed.on("error", (error) => log.warn({ err: error }, "seat delta feed"));
  await seatFeed.subscribe(redisNames(config).seatDeltas);
  seatFeed.on("message", (_channel, message) => {
    try {
      const { showId, deltas } = JSON.parse(message) as { showId: string; deltas: SeatDelta[] };
      if (typeof showId === "string" && Array.isArray(deltas)) fanout.push(showId, deltas);
    } catch (error) {
      log.error({ err: error }, "unreadable seat delta message");
    }
  });

  io.use((socket, next) => {
    void admit(socket, services, connections).then(
      () => next(),
      (error: ExtendedError) => next(error),
    );
  });

  io.on("connection", (socket) => {
    socket.on("disconnect", () => {
      connections.release(socket.data.address);
      sessions.forget(socket.id);
    });
    const { access } = socket.data;
    if (access) {
      void socket.join(userRoom(access.claims.userId));
      void sessions
        .guard(socket, access.claims, access.expiresAt)
        .catch((error) => log.warn({ err: error }, "revocation check failed"));
    }
    const withinBudget = createEventBudget(EVENTS_PER_WINDOW, EVENT_WINDOW_MS);
    socket.use((_packet, next) => {
      if (withinBudget(Date.now())) return next();
      log.warn({ address: socket.data.address }, "socket sent too many events; disconnecting");
      socket.disconnect(true);
    });
    socket.on("show:watch", (input, ack) => {
      void watchShow(socket, services, input).then(
        (result) => reply(ack, result),
        (error) => {
          log.error({ err: error }, "show:watch failed");
          reply(ack, { ok: false, code: "INTERNAL", message: "Something went wrong on our side." });
        },
      );
    });
    socket.on("show:unwatch", (input) => {
      const parsed = unwatchShowInput.safeParse(input);
      if (!parsed.success) return;
      socket.data.watching.delete(parsed.data.showId);
      void socket.leave(showRoom(parsed.data.showId));
    });
    socket.on("error", (error) => log.debug({ err: error }, "socket error"));
  });

  return {
    io,
    /** Disconnects this process's sockets; the HTTP server itself is closed by its owner. */
    async close() {
      io.local.disconnectSockets(true);
      io.engine.close();
      fanout.close();
      sessions.close();
      seatFeed.disconnect();
      pubClient.disconnect();
      subClient.disconnect();
    },
  };
}

async function admit(
  socket: RealtimeSocket,
  services: Services,
  connections: ReturnType<typeof createConnectionLimit>,
): Promise<void> {
  const address = clientAddress(socket);
  const refusal = connections.tryAcquire(address);
  if (refusal === "address") throw connectError("RATE_LIMITED", "Too many connections from this address.");
  if (refusal === "process") throw connectError("RATE_LIMITED", "This server is full; try again shortly.");
  try {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const access = typeof token === "string" && token.length > 0 ? await signedIn(token, services) : null;
    socket.data = { access, address, watching: new Set() };
  } catch (error) {
    connections.release(address);
    throw error;
  }
}

/**
 * The claims and expiry of an access token (apps) or a socket token (the web, whose access token
 * stays in its httpOnly cookie); refuses a token the API would not accept.
 */
async function signedIn(token: string, services: Services): Promise<SocketData["access"]> {
  const claims =
    token.length <= 4_096
      ? ((await services.tokens.verify(token)) ?? (await services.tokens.verifySocket(token)))
      : null;
  if (!claims || (await isAccessRevoked(services.redis, claims)))
    throw connectError("UNAUTHENTICATED", "Sign in again.");
  // A verified token always carries its expiry; the fallback only keeps the type honest.
  const expiresAt = (decodeJwt(token).exp ?? claims.issuedAt + services.tokens.accessMinutes * 60) * 1000;
  return { claims, expiresAt };
}

async function watchShow(socket: RealtimeSocket, services: Services, input: unknown): Promise<WatchShowAck> {
  const parsed = watchShowInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", message: "Invalid watch request." };
  const { showId, sinceVersion } = parsed.data;
  const { watching } = socket.data;
  if (!watching.has(showId) && watching.size >= MAX_WATCHED_SHOWS) {
    return { ok: false, code: "RATE_LIMITED", message: "Watching too many shows at once." };
  }
  // Join before reading: a change committed after the read arrives live, none falls in between.
  watching.add(showId);
  await socket.join(showRoom(showId));
  const result = await catchUpShow(services.db, showId, sinceVersion);
  if (!result.ok) {
    watching.delete(showId);
    await socket.leave(showRoom(showId));
  }
  return result;
}

function reply(ack: unknown, result: WatchShowAck) {
  if (typeof ack === "function") ack(result);
}

function connectError(code: RealtimeConnectErrorCode, message: string): ExtendedError {
  const error: ExtendedError = new Error(message);
  error.data = { code };
  return error;
}

/** The first X-Forwarded-For hop, as the HTTP server trusts its proxy, else the peer address. */
function clientAddress(socket: RealtimeSocket): string {
  const forwarded = socket.handshake.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || socket.handshake.address;
}
