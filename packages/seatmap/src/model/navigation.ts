import { distance, forEachSeatNear, type SeatIndex, type SeatRow } from "./seat-index.ts";
import type { Point } from "./types.ts";

export type Direction = "left" | "right" | "up" | "down";

const vectors: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The seat an arrow key moves to. Moves follow the map's structure (along a row, or to the
 * nearest seat of the row in front or behind) but in the direction the arrow points on screen,
 * so a row drawn right to left, or running down the side of an arena, still moves the way it
 * looks. Past the end of a row or section it continues to the nearest seat that way, if any.
 */
export function neighbour(index: SeatIndex, from: number, direction: Direction): number | null {
  const row = index.rows[index.rowOf[from] ?? -1];
  if (!row) return null;
  const column = index.columnOf[from] ?? 0;
  const want = vectors[direction];
  const alongDot = row.along.x * want.x + row.along.y * want.y;
  const horizontalRow = Math.abs(row.along.x) >= Math.abs(row.along.y);
  const movesAlongRow = horizontalRow ? want.y === 0 : want.x === 0;

  let target: number | null = null;
  if (movesAlongRow) {
    target = row.seats[column + (alongDot > 0 ? 1 : -1)] ?? null;
  } else {
    const next = adjacentRow(index, row, want);
    if (next) target = nearestIn(index, next.seats, index.seats[from] as Point);
  }
  return target ?? nearestToward(index, from, want);
}

/** The row in front of or behind `row` (same section) that lies in direction `want` on screen. */
function adjacentRow(index: SeatIndex, row: SeatRow, want: Point): SeatRow | null {
  const section = index.sections[row.section];
  if (!section) return null;
  const behind = index.rows[section.rows[row.depth + 1] ?? -1];
  const infront = index.rows[section.rows[row.depth - 1] ?? -1];
  // Which way "behind" points on screen, judged from whichever neighbour row exists.
  const reference = behind ?? infront;
  if (!reference) return null;
  const sign = reference === behind ? 1 : -1;
  const dx = (reference.centre.x - row.centre.x) * sign;
  const dy = (reference.centre.y - row.centre.y) * sign;
  const behindIsWanted = dx * want.x + dy * want.y > 0;
  return (behindIsWanted ? behind : infront) ?? null;
}

function nearestIn(index: SeatIndex, candidates: number[], point: Point): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const seat = index.seats[i];
    if (!seat) continue;
    const d = distance(seat, point);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/** The closest seat within 60° of a screen direction, favouring seats straight ahead. */
function nearestToward(index: SeatIndex, from: number, want: Point): number | null {
  const origin = index.seats[from];
  if (!origin) return null;
  let best: number | null = null;
  let bestScore = Infinity;
  const consider = (i: number) => {
    const seat = index.seats[i];
    if (i === from || !seat) return;
    const dx = seat.x - origin.x;
    const dy = seat.y - origin.y;
    const ahead = dx * want.x + dy * want.y;
    if (ahead <= 1e-6) return;
    const aside = Math.abs(dx * want.y - dy * want.x);
    if (aside > ahead * Math.tan(Math.PI / 3)) return;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  };
  // Look close by first; only a seat at the edge of the hall needs the whole map searched.
  for (const radius of [index.typicalSeatSize * 6, index.typicalSeatSize * 24]) {
    forEachSeatNear(index.grid, origin, radius, consider);
    // A find at distance d scores at least d, so nothing further out than the radius can beat it.
    if (best !== null && bestScore <= radius) return best;
  }
  for (let i = 0; i < index.seats.length; i++) consider(i);
  return best;
}

/** First or last seat of the row (Home and End). */
export function rowEdge(index: SeatIndex, from: number, edge: "start" | "end"): number | null {
  const row = index.rows[index.rowOf[from] ?? -1];
  if (!row) return null;
  return (edge === "start" ? row.seats[0] : row.seats[row.seats.length - 1]) ?? null;
}

/** The nearest seat of the next or previous section (Page Down and Page Up), wrapping around. */
export function otherSection(index: SeatIndex, from: number, step: 1 | -1): number | null {
  const row = index.rows[index.rowOf[from] ?? -1];
  const count = index.sections.length;
  if (!row || count < 2) return null;
  const section = index.sections[(row.section + step + count) % count];
  if (!section) return null;
  const seats = section.rows.flatMap((r) => index.rows[r]?.seats ?? []);
  return nearestIn(index, seats, index.seats[from] as Point);
}

/** Where keyboard focus starts: a selected seat, else the free seat nearest the middle of the house. */
export function initialFocus(
  index: SeatIndex,
  isAvailable: (i: number) => boolean,
  selected: ReadonlySet<string> = new Set(),
): number | null {
  if (index.seats.length === 0) return null;
  const chosen = index.seats.findIndex((seat) => selected.has(seat.id));
  if (chosen >= 0) return chosen;
  const middle = {
    x: (index.bounds.minX + index.bounds.maxX) / 2,
    y: (index.bounds.minY + index.bounds.maxY) / 2,
  };
  const free = index.seats.map((_, i) => i).filter(isAvailable);
  return nearestIn(index, free.length > 0 ? free : index.seats.map((_, i) => i), middle);
}
