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
import { type ExtendedError, Server, type Socket } from "socket.io";
import type { Services } from "../../context.ts";
import { redisNames } from "../../infra/redis-names.ts";
import { catchUpShow } from "./catch-up.ts";
import { createConnectionLimit, createEventBudget } from "./connection-limit.ts";
import { showRoom, userRoom } from "./rooms.ts";
import { createSeatFanout } from "./seat-fanout.ts";

interface SocketData {
  userId: string | null;
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
 * socket.io on the api's HTTP server. Seat deltas and private pushes reach it from the outbox
 * relay and the workers through the Redis adapter, so a socket on any api process hears every
 * change; this process itself only answers watch requests.
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
    adapter: createAdapter(pubClient, subClient, { key: redisNames(config).socketChannel }),
  });
  const connections = createConnectionLimit(config.REALTIME_MAX_CONNECTIONS_PER_IP);

  // Seat deltas arrive on their own channel and go out batched per room (see seat-fanout.ts).
  const fanout = createSeatFanout((room, deltas) => io.local.to(room).emit("seats:deltas", deltas));
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
    socket.on("disconnect", () => connections.release(socket.data.address));
    if (socket.data.userId) void socket.join(userRoom(socket.data.userId));
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
  if (!connections.tryAcquire(address)) throw connectError("RATE_LIMITED", "Too many connections.");
  try {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    let userId: string | null = null;
    if (typeof token === "string" && token.length > 0) {
      const claims = token.length <= 4_096 ? await services.tokens.verify(token) : null;
      if (!claims) throw connectError("UNAUTHENTICATED", "Sign in again.");
      userId = claims.userId;
    }
    socket.data = { userId, address, watching: new Set() };
  } catch (error) {
    connections.release(address);
    throw error;
  }
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
