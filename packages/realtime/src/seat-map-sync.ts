import type { SeatDelta, SeatMap, WatchShowAck } from "@marquee/contracts";

export type SyncStatus = "connecting" | "live" | "resyncing" | "offline" | "error";

export interface SyncStats {
  /** Deltas applied in order. */
  applied: number;
  /** Deltas already contained in the map (a relay redelivery, a catch-up overlap): ignored. */
  duplicates: number;
  /** Times a version was missing and the snapshot had to be reloaded. */
  gaps: number;
  /** Snapshots loaded (the first load included). */
  snapshots: number;
}

export interface SeatMapSyncOptions {
  /** Fetches a fresh snapshot: `inventory.seatMap` through tRPC. */
  loadSnapshot: () => Promise<SeatMap>;
  /** Delay before retrying a failed snapshot load; doubles up to 30 s. */
  retryMs?: number;
}

type Listener = () => void;

/**
 * Keeps one show's seat map current from a snapshot plus versioned deltas, with no transport
 * of its own. Deltas are applied strictly in version order; an old one is ignored; a missing
 * one triggers a snapshot reload, after which buffered newer deltas still apply. While a
 * watch request is being answered (catch-up), live deltas wait, since they may overtake the
 * catch-up reply.
 */
export class SeatMapSync {
  private current: SeatMap | null = null;
  private seatIndex = new Map<string, number>();
  private pending = new Map<number, SeatDelta>();
  private catchingUp = false;
  private loading: Promise<void> | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<Listener>();
  private closed = false;
  private state: SyncStatus = "connecting";
  readonly stats: SyncStats = { applied: 0, duplicates: 0, gaps: 0, snapshots: 0 };

  constructor(private readonly options: SeatMapSyncOptions) {}

  get map(): SeatMap | null {
    return this.current;
  }

  get version(): number | null {
    return this.current?.version ?? null;
  }

  get status(): SyncStatus {
    return this.state;
  }

  /** Called on every change of map or status. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A live delta from the show's room. */
  receive(delta: SeatDelta): void {
    if (this.closed) return;
    if (this.current && delta.version <= this.current.version) {
      this.stats.duplicates += 1;
      return;
    }
    this.pending.set(delta.version, delta);
    if (this.current && !this.catchingUp && !this.loading) this.drain();
  }

  /** A watch request went out: hold live deltas until its answer. */
  beginCatchUp(): void {
    this.catchingUp = true;
  }

  /** The watch request's answer: apply what was missed, or reload the snapshot. */
  endCatchUp(ack: WatchShowAck): void {
    this.catchingUp = false;
    if (this.closed) return;
    if (!ack.ok) {
      this.setStatus("error");
      return;
    }
    for (const delta of ack.deltas) {
      if (this.current && delta.version <= this.current.version) this.stats.duplicates += 1;
      else this.pending.set(delta.version, delta);
    }
    if (ack.resync || !this.current) {
      void this.resync();
      return;
    }
    // Versions up to ack.version that neither the reply nor the buffer holds will never arrive.
    if (this.current.version + this.pendingRun() < ack.version) {
      this.stats.gaps += 1;
      void this.resync();
      return;
    }
    this.drain();
  }

  /** The connection dropped: deltas may be missed until the next watch catches up. */
  disconnected(): void {
    if (!this.closed) this.setStatus("offline");
  }

  /** Loads a fresh snapshot (at most one load at a time) and applies any newer buffered deltas. */
  resync(): Promise<void> {
    if (this.loading) return this.loading;
    this.setStatus("resyncing");
    this.loading = this.options.loadSnapshot().then(
      (snapshot) => {
        this.loading = null;
        this.failures = 0;
        if (this.closed) return;
        this.stats.snapshots += 1;
        // A snapshot older than what we hold (served by a lagging replica or cache) is no use.
        if (!this.current || snapshot.version >= this.current.version) this.replace(snapshot);
        this.drain();
      },
      () => {
        this.loading = null;
        if (this.closed) return;
        this.failures += 1;
        this.setStatus("error");
        const delay = Math.min((this.options.retryMs ?? 1_000) * 2 ** (this.failures - 1), 30_000);
        this.retryTimer = setTimeout(() => void this.resync(), delay);
      },
    );
    return this.loading;
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
    this.pending.clear();
  }

  /** Deltas buffered contiguously after the current version. */
  private pendingRun(): number {
    if (!this.current) return 0;
    let run = 0;
    while (this.pending.has(this.current.version + run + 1)) run += 1;
    return run;
  }

  private drain(): void {
    const map = this.current;
    if (!map) return;
    let version = map.version;
    const ready: SeatDelta[] = [];
    for (;;) {
      const next = this.pending.get(version + 1);
      if (!next) break;
      this.pending.delete(version + 1);
      ready.push(next);
      version += 1;
    }
    for (const stale of [...this.pending.keys()]) {
      if (stale <= version) {
        this.pending.delete(stale);
        this.stats.duplicates += 1;
      }
    }
    if (ready.length > 0) this.applyAll(ready);
    if (this.pending.size > 0) {
      // Something newer is here but a version in between is missing: it will not come.
      this.stats.gaps += 1;
      void this.resync();
      return;
    }
    this.setStatus("live", ready.length > 0);
  }

  private applyAll(deltas: SeatDelta[]): void {
    const map = this.current;
    if (!map) return;
    const seats = map.seats.slice();
    let generalAdmission = map.generalAdmission;
    for (const delta of deltas) {
      for (const change of delta.changes) {
        const index = this.seatIndex.get(change.seatId);
        const seat = index === undefined ? undefined : seats[index];
        if (index !== undefined && seat) seats[index] = { ...seat, status: change.status };
      }
      if (delta.generalAdmission?.length) {
        const available = new Map(delta.generalAdmission.map((q) => [q.quotaId, q.available]));
        generalAdmission = generalAdmission.map((quota) =>
          available.has(quota.quotaId) ? { ...quota, available: available.get(quota.quotaId) ?? 0 } : quota,
        );
      }
    }
    this.stats.applied += deltas.length;
    this.current = {
      ...map,
      version: deltas[deltas.length - 1]?.version ?? map.version,
      seats,
      generalAdmission,
    };
  }

  private replace(snapshot: SeatMap): void {
    this.current = snapshot;
    this.seatIndex = new Map(snapshot.seats.map((seat, index) => [seat.id, index]));
    this.setStatus(this.state, true);
  }

  private setStatus(status: SyncStatus, changed = false): void {
    if (status === this.state && !changed) return;
    this.state = status;
    for (const listener of this.listeners) listener();
  }
}
