import type { SeatDelta } from "@marquee/contracts";
import { showRoom } from "./rooms.ts";

interface RoomFeed {
  pending: SeatDelta[];
  timer: ReturnType<typeof setTimeout> | null;
  /** Earliest moment the next frame may go out. */
  nextAt: number;
}

/** A busy room's frames may take at most 1 / SHARE of this process's time… */
const SHARE = 4;
/** …but no delta waits longer than this for its frame. */
const MAX_WINDOW_MS = 150;

/**
 * Broadcasts each show's seat deltas to the sockets of this process, batching adaptively: a
 * delta goes out at once unless the room's previous frame went out very recently, in which case
 * it joins the next frame. The wait is proportional to what the last frame cost to send, so a
 * room of ten sockets never waits and a room of thousands sends a few frames a second under a
 * burst, where one frame per change would saturate the process and queue everything behind it.
 */
export function createSeatFanout(broadcast: (room: string, deltas: SeatDelta[]) => void) {
  const rooms = new Map<string, RoomFeed>();
  // Forget rooms that have gone quiet, so a process that saw many shows does not keep them all.
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const [showId, feed] of rooms) if (!feed.timer && feed.nextAt < now) rooms.delete(showId);
  }, 10_000);
  sweep.unref();
  const flush = (showId: string, feed: RoomFeed) => {
    feed.timer = null;
    const deltas = feed.pending;
    feed.pending = [];
    if (deltas.length === 0) return;
    const started = performance.now();
    broadcast(showRoom(showId), deltas);
    const ended = performance.now();
    feed.nextAt = ended + Math.min(MAX_WINDOW_MS, (ended - started) * SHARE);
  };
  return {
    push(showId: string, deltas: SeatDelta[]) {
      let feed = rooms.get(showId);
      if (!feed) {
        feed = { pending: [], timer: null, nextAt: 0 };
        rooms.set(showId, feed);
      }
      feed.pending.push(...deltas);
      if (feed.timer) return;
      const wait = feed.nextAt - performance.now();
      if (wait <= 0) flush(showId, feed);
      else {
        const room = feed;
        feed.timer = setTimeout(() => flush(showId, room), wait);
      }
    },
    close() {
      clearInterval(sweep);
      for (const feed of rooms.values()) if (feed.timer) clearTimeout(feed.timer);
      rooms.clear();
    },
  };
}
