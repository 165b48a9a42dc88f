import { forEachSeatNear, type SeatIndex } from "./seat-index.ts";
import type { Box, Point } from "./types.ts";

/**
 * The seat under a point of the hall, or null. `slack` (hall units) widens every seat's target,
 * so a fingertip on a small seat still finds it; the nearest centre wins.
 */
export function seatAt(index: SeatIndex, point: Point, slack = 0): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  const reach = index.typicalSeatSize * 2 + slack;
  forEachSeatNear(index.grid, point, reach, (i) => {
    const seat = index.seats[i];
    if (!seat) return;
    const d = Math.hypot(seat.x - point.x, seat.y - point.y);
    if (d <= (index.sizeOf[i] ?? 0) / 2 + slack && d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** Indices of the seats whose centres lie in a box (for drawing only what is on screen). */
export function seatsIn(index: SeatIndex, box: Box): number[] {
  const found: number[] = [];
  const { cell, cells } = index.grid;
  const x0 = Math.floor(box.minX / cell);
  const x1 = Math.floor(box.maxX / cell);
  const y0 = Math.floor(box.minY / cell);
  const y1 = Math.floor(box.maxY / cell);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size) {
    index.seats.forEach((seat, i) => {
      if (seat.x >= box.minX && seat.x <= box.maxX && seat.y >= box.minY && seat.y <= box.maxY) found.push(i);
    });
    return found;
  }
  forEachSeatNear(
    index.grid,
    { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 },
    Math.max(box.maxX - box.minX, box.maxY - box.minY) / 2,
    (i) => {
      const seat = index.seats[i];
      if (seat && seat.x >= box.minX && seat.x <= box.maxX && seat.y >= box.minY && seat.y <= box.maxY)
        found.push(i);
    },
  );
  return found;
}
