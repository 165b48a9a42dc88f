/*
 * How the seat-selection screen keeps its map current: the one file that knows the transport.
 * Seat deltas come over the socket (@marquee/realtime: versioned deltas, resync on a gap);
 * whenever the socket is not live, the snapshot is polled instead, so the map never goes stale.
 */
import type { SeatMap } from "@marquee/contracts";
import { createRealtimeClient, type RealtimeClient } from "@marquee/realtime";
import { useLiveSeatMap as useSocketSeatMap } from "@marquee/realtime/react";
import { useTRPC } from "@marquee/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { apiClient, sessionStore } from "../app/session.ts";

/** How often the snapshot is fetched while the socket is down. */
const POLL_MS = 2_000;
/** While the socket is live, a rare snapshot still guards against a delta lost upstream. */
const SAFETY_POLL_MS = 10_000;

let client: RealtimeClient | null = null;

/**
 * The web's access token lives in an httpOnly cookie the socket never sees: a signed-in
 * person's socket opens with a socket token fetched for each (re)connect, which the API
 * refuses for anything else. Without one (signed out, or offline) the socket is anonymous,
 * which is all a seat map needs.
 */
async function socketToken(): Promise<string | null> {
  if (!sessionStore.get()) return null;
  try {
    return (await apiClient.auth.socketToken.mutate()).token;
  } catch {
    return null;
  }
}

/** One socket for the app, opened the first time a live map is wanted. */
function realtimeClient(): RealtimeClient | null {
  if (typeof window === "undefined") return null;
  client ??= createRealtimeClient({ url: window.location.origin, token: socketToken });
  return client;
}

export interface LiveSeats {
  map: SeatMap | undefined;
  isPending: boolean;
  error: unknown;
  /** True while deltas arrive over the socket; false while polling. */
  live: boolean;
  /** Fetch a fresh snapshot now (e.g. after a hold found some seats taken). */
  refresh(): void;
}

export function useLiveSeats(showId: string): LiveSeats {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.inventory.seatMap.queryOptions({ showId });
  const loadSnapshot = useCallback(
    (id: string) =>
      queryClient.fetchQuery({ ...trpc.inventory.seatMap.queryOptions({ showId: id }), staleTime: 0 }),
    [queryClient, trpc],
  );
  const socket = useSocketSeatMap(realtimeClient(), showId, loadSnapshot);
  const liveNow = useRef(false);
  const snapshot = useQuery({
    ...options,
    staleTime: 0,
    refetchInterval: (): number => (liveNow.current ? SAFETY_POLL_MS : POLL_MS),
  });
  // A socket that says "live" but falls behind a fetched snapshot is not delivering: poll instead.
  const behind =
    socket.map !== null && snapshot.data !== undefined && snapshot.data.version > socket.map.version;
  const live = socket.status === "live" && socket.map !== null && !behind;
  liveNow.current = live; // read by the polling interval above

  // Whichever is newer: the socket's map, or a snapshot fetched since.
  const fromSocket = socket.map ?? undefined;
  const map =
    fromSocket && (!snapshot.data || fromSocket.version >= snapshot.data.version)
      ? fromSocket
      : snapshot.data;

  const { refetch } = snapshot;
  return {
    map,
    isPending: map === undefined && snapshot.isPending,
    error: map === undefined ? snapshot.error : null,
    live,
    refresh: useCallback(() => void refetch(), [refetch]),
  };
}
