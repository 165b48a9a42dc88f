import type { SeatDelta, SeatMap, SeatStatus } from "./types.ts";

export type DeltaOutcome =
  /** The delta was the next version: here is the map with it applied and the seats it changed. */
  | { kind: "applied"; map: SeatMap; changedSeatIds: string[] }
  /** Already reflected in the map (an old or repeated version, or another show): nothing to do. */
  | { kind: "stale" }
  /** A version is missing (or a seat is unknown): the caller must fetch a fresh snapshot. */
  | { kind: "gap"; expected: number; received: number };

/**
 * Applies a live delta to a snapshot. Versions go up by one per change; a snapshot may already
 * contain the change of the next delta (the server reads the version before the seats), so
 * applying is idempotent: it sets statuses rather than toggling them.
 */
export function applySeatDelta(map: SeatMap, delta: SeatDelta): DeltaOutcome {
  if (delta.showId !== map.showId || delta.version <= map.version) return { kind: "stale" };
  if (delta.version !== map.version + 1) {
    return { kind: "gap", expected: map.version + 1, received: delta.version };
  }
  const wanted = new Map<string, SeatStatus>();
  for (const change of delta.changes) wanted.set(change.seatId, change.status);

  const changedSeatIds: string[] = [];
  let found = 0;
  const seats = map.seats.map((seat) => {
    const status = wanted.get(seat.id);
    if (status === undefined) return seat;
    found++;
    if (status === seat.status) return seat;
    changedSeatIds.push(seat.id);
    return { ...seat, status };
  });
  if (found !== wanted.size) return { kind: "gap", expected: map.version + 1, received: delta.version };

  let generalAdmission = map.generalAdmission;
  if (delta.generalAdmission?.length) {
    const available = new Map(delta.generalAdmission.map((q) => [q.quotaId, q.available]));
    generalAdmission = map.generalAdmission.map((quota) => {
      const next = available.get(quota.quotaId);
      return next === undefined ? quota : { ...quota, available: next };
    });
  }
  return {
    kind: "applied",
    map: { ...map, version: delta.version, seats, generalAdmission },
    changedSeatIds,
  };
}

/** Seats whose status differs between two snapshots of the same show (e.g. after a resync). */
export function changedSeats(before: SeatMap, after: SeatMap): string[] {
  const previous = new Map(before.seats.map((seat) => [seat.id, seat.status]));
  return after.seats
    .filter((seat) => previous.has(seat.id) && previous.get(seat.id) !== seat.status)
    .map((seat) => seat.id);
}
