import type { SeatMap, ServerToClientEvents } from "@marquee/contracts";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { LiveSeatMap, RealtimeClient } from "./client.ts";
import type { SyncStatus } from "./seat-map-sync.ts";

interface LiveSeatMapView {
  map: SeatMap | null;
  status: SyncStatus;
}

const idle: LiveSeatMapView = { map: null, status: "connecting" };

/**
 * A show's seat map kept live over the realtime client: the snapshot from `loadSnapshot`
 * (tRPC `inventory.seatMap`), then deltas; gaps and reconnects resync by themselves.
 */
export function useLiveSeatMap(
  client: RealtimeClient | null,
  showId: string | null,
  loadSnapshot: (showId: string) => Promise<SeatMap>,
): LiveSeatMapView {
  const load = useRef(loadSnapshot);
  load.current = loadSnapshot;
  const [live, setLive] = useState<LiveSeatMap | null>(null);
  useEffect(() => {
    if (!client || !showId) return;
    const watch = client.watchShow(showId, () => load.current(showId));
    setLive(watch);
    return () => {
      watch.close();
      setLive(null);
    };
  }, [client, showId]);

  const view = useRef(idle);
  const subscribe = useCallback((listener: () => void) => live?.subscribe(listener) ?? (() => {}), [live]);
  const read = useCallback(() => {
    if (!live) return idle;
    if (view.current.map !== live.map || view.current.status !== live.status)
      view.current = { map: live.map, status: live.status };
    return view.current;
  }, [live]);
  return useSyncExternalStore(subscribe, read, read);
}

type PrivateEvent = "hold:update" | "order:update" | "notification";

/** Calls `listener` for each push of `event` on the signed-in user's private channel. */
export function usePrivateEvent<E extends PrivateEvent>(
  client: RealtimeClient | null,
  event: E,
  listener: ServerToClientEvents[E],
): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!client) return;
    const forward = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...a: Parameters<ServerToClientEvents[E]>) => void)(
        ...args,
      )) as ServerToClientEvents[E];
    return client.onPrivate(event, forward);
  }, [client, event]);
}
