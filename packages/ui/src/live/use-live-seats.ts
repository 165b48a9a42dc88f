import type { SeatMap } from "@marquee/contracts";
import type { RealtimeClient } from "@marquee/realtime";
import { useLiveSeatMap as useSocketSeatMap } from "@marquee/realtime/react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { useTRPC } from "../api/client.ts";

/** How often the snapshot is fetched while the socket is down. */
const POLL_MS = 2_000;
/** While the socket is live, a rare snapshot still guards against a delta lost upstream. */
const SAFETY_POLL_MS = 10_000;

export interface LiveSeats {
  map: SeatMap | undefined;
  isPending: boolean;
  error: unknown;
  /** True while deltas arrive over the socket; false while polling. */
  live: boolean;
  /** Fetch a fresh snapshot now (e.g. after a hold found some seats taken). */
  refresh(): void;
}

/**
 * A show's seat map kept current: deltas over the socket (versioned, resync on a gap) while it
 * is live, the snapshot polled whenever it is not, so the map never goes stale. `client` is the
 * app's one realtime connection (null outside a browser).
 */
export function useLiveSeats(showId: string, client: RealtimeClient | null): LiveSeats {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.inventory.seatMap.queryOptions({ showId });
  const loadSnapshot = useCallback(
    (id: string) =>
      queryClient.fetchQuery({ ...trpc.inventory.seatMap.queryOptions({ showId: id }), staleTime: 0 }),
    [queryClient, trpc],
  );
  const socket = useSocketSeatMap(client, showId, loadSnapshot);
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
