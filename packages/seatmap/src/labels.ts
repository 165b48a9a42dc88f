import type { HallLayout, SeatMapSeat, SeatMapTier, SeatStatus } from "./model/types.ts";

export interface SeatLabelInfo {
  seat: SeatMapSeat;
  tier: SeatMapTier | undefined;
  /** The tier's price as the caller formats it (all-in). */
  price: string;
  status: SeatStatus;
  selected: boolean;
  /** True when the hall has more than one section, so the section is worth saying. */
  withSection: boolean;
}

/** Every word the seat map shows or announces. The caller passes translations; English is the default. */
export interface SeatMapLabels {
  /** Name of the map as a whole ("Seat map"). */
  map: string;
  /** How to use it from the keyboard; shown while the map has keyboard focus and announced once. */
  keyboardHelp: string;
  /** A seat's accessible name: "Row F seat 12, Gold, ₹450, available". */
  seat(info: SeatLabelInfo): string;
  /** A seat's short title, for the tooltip: "Row F · Seat 12". */
  seatTitle(seat: SeatMapSeat): string;
  status: Record<SeatStatus, string>;
  selected: string;
  wheelchair: string;
  companion: string;
  access: string;
  zoomIn: string;
  zoomOut: string;
  resetView: string;
  /** Heading of the key below the map. */
  legend: string;
  /** Seats left in a tier: "24 left", or "Sold out" when none. */
  seatsLeft(count: number): string;
  /** A tier's legend button name, which highlights that tier's seats. */
  highlightTier(tierName: string): string;
  /** The stage or screen's caption; `fallback` is the label from the hall's layout. */
  stage(kind: HallLayout["stage"]["kind"], fallback: string): string;
}

export const englishLabels: SeatMapLabels = {
  map: "Seat map",
  keyboardHelp:
    "Arrow keys move between seats, Enter or Space chooses, + and − zoom, Page Up and Page Down change section.",
  seat({ seat, tier, price, status, selected, withSection }) {
    const parts = [`Row ${seat.row} seat ${seat.number}`];
    if (withSection) parts.unshift(seat.section);
    if (tier) parts.push(tier.name);
    parts.push(price);
    if (seat.wheelchair) parts.push("wheelchair space");
    else if (seat.companion) parts.push("companion seat");
    else if (seat.accessible) parts.push("easy access");
    parts.push(selected ? "selected" : englishLabels.status[status].toLowerCase());
    return parts.join(", ");
  },
  seatTitle: (seat) => `Row ${seat.row} · Seat ${seat.number}`,
  status: { available: "Available", held: "On hold", sold: "Sold", blocked: "Not for sale" },
  selected: "Your seats",
  wheelchair: "Wheelchair space",
  companion: "Companion seat",
  access: "Easy access",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  resetView: "Show whole hall",
  legend: "Prices and key",
  seatsLeft: (count) => (count === 0 ? "Sold out" : `${count} left`),
  highlightTier: (name) => `Highlight ${name} seats`,
  stage: (_kind, fallback) => fallback,
};
