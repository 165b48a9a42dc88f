import type { SeatDelta } from "@marquee/contracts";

/** How this process reaches the sockets watching a show. */
export interface SeatFanoutSockets {
  /** Ids of this process's sockets watching the show, in a stable order (socket.io's room set). */
  watching(showId: string): ReadonlySet<string> | undefined;
  /** One frame of consecutive deltas to a group of sockets: encoded once for the group. */
  send(socketIds: string[], deltas: SeatDelta[]): void;
}

/**
 * Sockets served per turn of the event loop. Writing a frame to a socket costs tens of
 * microseconds (mostly the kernel's), so a slice takes a few milliseconds and requests,
 * Redis messages and other rooms get a turn between slices.
 */
export const SWEEP_SLICE = 256;

interface Sweep {
  /** The room's sockets when this pass began, visited in order. */
  members: string[];
  next: number;
  /** The stream position when this pass began. */
  startedAt: number;
  /** Where each visited socket now stands: it has every delta before that position. */
  reached: Map<string, number>;
}

interface ShowFeed {
  /** Deltas from stream position `base` on, in version order. */
  log: SeatDelta[];
  base: number;
  /** Where each socket stood after the last full pass; a socket missing here stands at `base`. */
  reached: Map<string, number>;
  sweep: Sweep | null;
}

/**
 * Delivers each show's seat deltas to this process's watching sockets as a rolling sweep: a
 * pass walks the room a slice per event-loop turn and hands every socket, in one frame, all
 * the deltas it has not had yet. A delta that arrives while a pass is under way joins the
 * frames of the sockets still ahead in that pass and reaches those behind in the next one, so
 * every socket hears of it within one pass, however busy the room: sending to a big room never
 * waits for the previous frame to finish, and never blocks the process for a whole room.
 *
 * Each socket gets deltas in order and none twice while it stays in the room. A socket that
 * joins mid-pass starts from the oldest delta kept (a duplicate or two, which clients ignore):
 * anything older committed before it joined, so its watch reply already covers it.
 */
export function createSeatFanout(sockets: SeatFanoutSockets, options: { slice?: number } = {}) {
  const slice = options.slice ?? SWEEP_SLICE;
  const feeds = new Map<string, ShowFeed>();
  const scheduled = new Map<string, ReturnType<typeof setImmediate>>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  const schedule = (showId: string) => {
    if (scheduled.has(showId)) return;
    scheduled.set(
      showId,
      setImmediate(() => step(showId)),
    );
  };

  const step = (showId: string) => {
    scheduled.delete(showId);
    const feed = feeds.get(showId);
    if (!feed) return;
    feed.sweep ??= {
      members: [...(sockets.watching(showId) ?? [])],
      next: 0,
      startedAt: feed.base + feed.log.length,
      reached: new Map(),
    };
    const { sweep } = feed;
    serveSlice(feed, sweep);
    if (sweep.next < sweep.members.length) return schedule(showId);
    finishPass(showId, feed, sweep);
  };

  const serveSlice = (feed: ShowFeed, sweep: Sweep) => {
    const head = feed.base + feed.log.length;
    const end = Math.min(sweep.members.length, sweep.next + slice);
    // Sockets that stand at the same place share one frame.
    const groups = new Map<number, string[]>();
    for (let i = sweep.next; i < end; i++) {
      const socketId = sweep.members[i] as string;
      const from = Math.max(feed.base, feed.reached.get(socketId) ?? feed.base);
      if (from < head) {
        const group = groups.get(from);
        if (group) group.push(socketId);
        else groups.set(from, [socketId]);
      }
      sweep.reached.set(socketId, head);
    }
    sweep.next = end;
    for (const [from, socketIds] of groups) sockets.send(socketIds, feed.log.slice(from - feed.base));
  };

  const finishPass = (showId: string, feed: ShowFeed, sweep: Sweep) => {
    feed.sweep = null;
    const head = feed.base + feed.log.length;
    if (head === sweep.startedAt) {
      // Nothing arrived during the pass: every socket of the room has everything.
      feeds.delete(showId);
      if (feeds.size === 0) for (const resolve of idleWaiters.splice(0)) resolve();
      return;
    }
    // Every socket of the pass has what came before it began; later joiners start from there.
    feed.log.splice(0, sweep.startedAt - feed.base);
    feed.base = sweep.startedAt;
    feed.reached = sweep.reached;
    schedule(showId);
  };

  return {
    /** Consecutive deltas of one show, in version order. */
    push(showId: string, deltas: SeatDelta[]) {
      if (closed || deltas.length === 0) return;
      const feed = feeds.get(showId);
      if (feed) feed.log.push(...deltas);
      else feeds.set(showId, { log: [...deltas], base: 0, reached: new Map(), sweep: null });
      if (!feeds.get(showId)?.sweep) schedule(showId);
    },
    /** Resolves once every delta pushed so far has reached every socket it was for. */
    idle(): Promise<void> {
      if (feeds.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    close() {
      closed = true;
      for (const timer of scheduled.values()) clearImmediate(timer);
      scheduled.clear();
      feeds.clear();
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    },
  };
}
