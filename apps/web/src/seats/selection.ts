import type { Money, SeatMap, SeatMapSeat } from "@marquee/contracts";

/**
 * The most seats one booking may hold. The api's MAX_SEATS_PER_ORDER (default 10) is the real
 * rule and answers TOO_MANY_SEATS beyond it; this only stops the map asking for more.
 */
export const MAX_SEATS_PER_ORDER = 10;

export type SeatMapTier = SeatMap["tiers"][number];

export interface PickedSeat {
  seat: SeatMapSeat;
  tier: SeatMapTier | undefined;
}

const collator = new Intl.Collator("en", { numeric: true });

/** The chosen seats in reading order: section, row, number. */
export function pickedSeats(map: SeatMap, selected: ReadonlySet<string>): PickedSeat[] {
  const tiers = new Map(map.tiers.map((tier) => [tier.id, tier]));
  return map.seats
    .filter((seat) => selected.has(seat.id))
    .sort(
      (a, b) =>
        collator.compare(a.section, b.section) || collator.compare(a.row, b.row) || a.number - b.number,
    )
    .map((seat) => ({ seat, tier: tiers.get(seat.tierId) }));
}

/** What the chosen seats cost together, or null when there are none (or currencies differ). */
export function totalOf(picked: PickedSeat[]): Money | null {
  const first = picked[0]?.tier?.price;
  if (!first) return null;
  let amountMinor = 0;
  for (const { tier } of picked) {
    if (!tier || tier.price.currency !== first.currency) return null;
    amountMinor += tier.price.amountMinor;
  }
  return { amountMinor, currency: first.currency };
}

/** Chosen seats that are no longer free in the latest map: someone else took them. */
export function takenSeats(map: SeatMap, selected: ReadonlySet<string>): SeatMapSeat[] {
  if (selected.size === 0) return [];
  return map.seats.filter((seat) => selected.has(seat.id) && seat.status !== "available");
}

/**
 * Seats written compactly, runs of neighbours joined: "F11–14, G3". Runs stay within a row and
 * section; numbers come from the data, so this reads the same in every language.
 */
export function seatRuns(seats: SeatMapSeat[]): string {
  const sorted = [...seats].sort(
    (a, b) => collator.compare(a.section, b.section) || collator.compare(a.row, b.row) || a.number - b.number,
  );
  const runs: string[] = [];
  let start: SeatMapSeat | undefined;
  let end: SeatMapSeat | undefined;
  const flush = () => {
    if (!start || !end) return;
    runs.push(start === end ? start.label : `${start.label}–${end.number}`);
  };
  for (const seat of sorted) {
    if (
      start &&
      end &&
      seat.section === end.section &&
      seat.row === end.row &&
      seat.number === end.number + 1
    ) {
      end = seat;
      continue;
    }
    flush();
    start = seat;
    end = seat;
  }
  flush();
  return runs.join(", ");
}

const storageKey = (showId: string) => `marquee.seats.${showId}`;

/** Keeps a choice across the sign-in detour (this tab only). */
export function rememberSelection(showId: string, seatIds: Iterable<string>): void {
  try {
    const ids = [...seatIds];
    if (ids.length === 0) globalThis.sessionStorage?.removeItem(storageKey(showId));
    else globalThis.sessionStorage?.setItem(storageKey(showId), JSON.stringify(ids));
  } catch {
    // storage blocked: the choice just isn't kept
  }
}

export function recallSelection(showId: string): string[] {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey(showId));
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
