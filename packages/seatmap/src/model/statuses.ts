import type { SeatIndex } from "./seat-index.ts";
import type { SeatMap, SeatStatus } from "./types.ts";

/** Status codes, in the order seats are drawn beneath one another. */
export const STATUS_AVAILABLE = 0;
export const STATUS_HELD = 1;
export const STATUS_SOLD = 2;
export const STATUS_BLOCKED = 3;

const codes: Record<SeatStatus, number> = {
  available: STATUS_AVAILABLE,
  held: STATUS_HELD,
  sold: STATUS_SOLD,
  blocked: STATUS_BLOCKED,
};
const names: SeatStatus[] = ["available", "held", "sold", "blocked"];

export const statusName = (code: number): SeatStatus => names[code] ?? "blocked";

/**
 * Each seat's status code, aligned with the index. Seats missing from the map (which a fresh
 * snapshot of the same show never has) count as blocked.
 */
export function statusCodes(index: SeatIndex, map: SeatMap): Uint8Array {
  const out = new Uint8Array(index.seats.length).fill(STATUS_BLOCKED);
  map.seats.forEach((seat, position) => {
    // Snapshots of a show list seats in the same order: skip the lookup when they line up.
    const i = index.seats[position]?.id === seat.id ? position : index.byId.get(seat.id);
    if (i !== undefined) out[i] = codes[seat.status];
  });
  return out;
}

export interface TierAvailability {
  available: number;
  total: number;
}

/** Seats per tier, and how many of them are free. */
export function tierAvailability(index: SeatIndex, statuses: Uint8Array): Map<string, TierAvailability> {
  const counts = new Map<string, TierAvailability>();
  index.seats.forEach((seat, i) => {
    const entry = counts.get(seat.tierId) ?? { available: 0, total: 0 };
    entry.total++;
    if (statuses[i] === STATUS_AVAILABLE) entry.available++;
    counts.set(seat.tierId, entry);
  });
  return counts;
}

/**
 * Whether two maps share the same seats in the same places, so a seat index built for one serves
 * the other (status changes do not matter).
 */
export function sameLayout(a: SeatMap, b: SeatMap): boolean {
  if (a.showId !== b.showId || a.seats.length !== b.seats.length) return false;
  return a.seats.every((seat, i) => {
    const other = b.seats[i];
    return other !== undefined && other.id === seat.id && other.x === seat.x && other.y === seat.y;
  });
}
