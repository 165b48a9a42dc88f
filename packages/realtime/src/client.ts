import type { ClientToServerEvents, SeatMap, ServerToClientEvents, WatchShowAck } from "@marquee/contracts";
import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { SeatMapSync, type SyncStats, type SyncStatus } from "./seat-map-sync.ts";

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface RealtimeClientOptions {
  /** The api's origin, e.g. "https://tickets.example" (socket.io's default path). */
  url: string;
  /** The current access token, if signed in; asked again on every (re)connect. */
  token?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Told when the server refuses the connection (`UNAUTHENTICATED`, `RATE_LIMITED`). */
  onConnectError?: (code: string | null, error: Error) => void;
  /** Passed to socket.io-client; transports default to WebSocket only. */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

export interface LiveSeatMap {
  readonly showId: string;
  readonly map: SeatMap | null;
  readonly status: SyncStatus;
  readonly stats: SyncStats;
  subscribe(listener: () => void): () => void;
  /** Reloads the snapshot now (e.g. after the user's own hold failed). */
  resync(): Promise<void>;
  close(): void;
}

type PrivateEvent = "hold:update" | "order:update" | "notification";

/** How long a watch request may wait for its answer before the client asks again. */
const WATCH_TIMEOUT_MS = 10_000;
/** After the server ended the connection: come back after this, plus up to as much again at random. */
const RECONNECT_AFTER_SERVER_CLOSE_MS = 500;

/**
 * One socket per app: live seat maps for any number of shows, and the signed-in user's
 * private channel (their holds, orders and notifications).
 */
export function createRealtimeClient(options: RealtimeClientOptions) {
  const socket: RealtimeSocket = io(options.url, {
    transports: ["websocket"],
    auth: (send) => {
      void Promise.resolve(options.token?.()).then(
        (token) => send(token ? { token } : {}),
        () => send({}),
      );
    },
    ...options.socketOptions,
  });
  const watchers = new Map<string, Set<ShowWatch>>();
  let retry: ReturnType<typeof setTimeout> | null = null;
  let refusals = 0;
  let closed = false;
  /** Connects again later by ourselves, where socket.io would not. */
  const reconnectIn = (ms: number) => {
    if (retry) clearTimeout(retry);
    retry = setTimeout(() => {
      retry = null;
      if (!closed && !socket.connected) socket.connect();
    }, ms);
  };

  socket.on("seats:deltas", (deltas) => {
    if (!Array.isArray(deltas)) return;
    for (const delta of deltas)
      for (const watch of watchers.get(delta?.showId) ?? []) watch.sync.receive(delta);
  });
  socket.on("connect", () => {
    refusals = 0;
    for (const set of watchers.values()) for (const watch of set) watch.watch();
  });
  socket.on("disconnect", (reason) => {
    for (const set of watchers.values()) for (const watch of set) watch.sync.disconnected();
    // The server ends a connection whose session ended (its token expired or was revoked):
    // come back with the token the app has now, or none, and the maps catch up.
    if (reason === "io server disconnect") reconnectIn(RECONNECT_AFTER_SERVER_CLOSE_MS * (1 + Math.random()));
  });
  socket.on("connect_error", (error: Error & { data?: { code?: string } }) => {
    options.onConnectError?.(error.data?.code ?? null, error);
    // A refusal by the server's middleware is final for socket.io; try again later ourselves
    // (the token callback may have a fresh token by then).
    if (!socket.active) {
      refusals += 1;
      reconnectIn(Math.min(1_000 * 2 ** refusals, 60_000));
    }
  });

  class ShowWatch implements LiveSeatMap {
    readonly sync: SeatMapSync;
    constructor(
      readonly showId: string,
      loadSnapshot: () => Promise<SeatMap>,
    ) {
      this.sync = new SeatMapSync({ loadSnapshot });
    }
    get map() {
      return this.sync.map;
    }
    get status() {
      return this.sync.status;
    }
    get stats() {
      return this.sync.stats;
    }
    subscribe(listener: () => void) {
      return this.sync.subscribe(listener);
    }
    resync() {
      return this.sync.resync();
    }
    /** Joins the show's room, catching up from the version held (if any). */
    watch() {
      if (!socket.connected) return;
      const version = this.sync.version;
      this.sync.beginCatchUp();
      socket
        .timeout(WATCH_TIMEOUT_MS)
        .emit(
          "show:watch",
          version === null ? { showId: this.showId } : { showId: this.showId, sinceVersion: version },
          (error: Error | null, ack: WatchShowAck) => {
            if (error) {
              this.sync.endCatchUp({ ok: false, code: "INTERNAL", message: error.message });
              if (socket.connected) setTimeout(() => this.watch(), 1_000);
              return;
            }
            this.sync.endCatchUp(ack);
          },
        );
    }
    close() {
      const set = watchers.get(this.showId);
      set?.delete(this);
      if (set && set.size === 0) {
        watchers.delete(this.showId);
        if (socket.connected) socket.emit("show:unwatch", { showId: this.showId });
      }
      this.sync.close();
    }
  }

  return {
    socket,
    /** Starts keeping a show's seat map live; `close()` the result when the map goes away. */
    watchShow(showId: string, loadSnapshot: () => Promise<SeatMap>): LiveSeatMap {
      const watch = new ShowWatch(showId, loadSnapshot);
      const set = watchers.get(showId) ?? new Set();
      set.add(watch);
      watchers.set(showId, set);
      watch.watch();
      return watch;
    },
    /** Listens to the signed-in user's private channel; returns the unsubscribe. */
    onPrivate<E extends PrivateEvent>(event: E, listener: ServerToClientEvents[E]): () => void {
      // socket.io's typed `on` needs the event name as a literal; the cast keeps E's pairing.
      const on = socket.on.bind(socket) as (e: E, l: ServerToClientEvents[E]) => void;
      const off = socket.off.bind(socket) as (e: E, l: ServerToClientEvents[E]) => void;
      on(event, listener);
      return () => off(event, listener);
    },
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      for (const set of watchers.values()) for (const watch of set) watch.sync.close();
      watchers.clear();
      socket.disconnect();
    },
  };
}

export type RealtimeClient = ReturnType<typeof createRealtimeClient>;
