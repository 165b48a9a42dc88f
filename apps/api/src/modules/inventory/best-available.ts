/**
 * "Best available" seat choice: a party sits together in one row where it can, never leaves a
 * single seat stranded between taken ones, and sits as near the centre as it can.
 */
export interface SeatGeometry {
  id: string;
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  aisleAfter: boolean;
}

export interface CandidateSeat extends SeatGeometry {
  free: boolean;
}

/** A tier's seats prepared once: runs a party could share (a row split at aisles) and the centre. */
export interface TierLayout {
  seats: SeatGeometry[];
  /** Seat indices, in seat-number order, of each run between aisles. */
  segments: number[][];
  centreX: number;
  idealY: number;
  spanX: number;
  spanY: number;
}

export function layoutOf(seats: SeatGeometry[]): TierLayout {
  const rows = new Map<string, number[]>();
  seats.forEach((seat, index) => {
    const key = `${seat.section}\u0000${seat.row}`;
    const row = rows.get(key);
    if (row) row.push(index);
    else rows.set(key, [index]);
  });
  const segments: number[][] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => (seats[a]?.number ?? 0) - (seats[b]?.number ?? 0));
    let current: number[] = [];
    for (const index of row) {
      current.push(index);
      if (seats[index]?.aisleAfter) {
        segments.push(current);
        current = [];
      }
    }
    if (current.length > 0) segments.push(current);
  }
  let [minX, maxX, minY, maxY] = [
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const seat of seats) {
    minX = Math.min(minX, seat.x);
    maxX = Math.max(maxX, seat.x);
    minY = Math.min(minY, seat.y);
    maxY = Math.max(maxY, seat.y);
  }
  return {
    seats,
    segments,
    centreX: (minX + maxX) / 2,
    // Slightly behind the middle of the block: the view most buyers choose themselves.
    idealY: minY + 0.6 * (maxY - minY),
    spanX: Math.max(maxX - minX, 1),
    spanY: Math.max(maxY - minY, 1),
  };
}

function windowScore(layout: TierLayout, segment: number[], from: number, size: number): number {
  let sumX = 0;
  let sumY = 0;
  for (let i = from; i < from + size; i++) {
    const seat = layout.seats[segment[i] ?? 0];
    sumX += seat?.x ?? 0;
    sumY += seat?.y ?? 0;
  }
  return (
    Math.abs(sumX / size - layout.centreX) / layout.spanX +
    (0.7 * Math.abs(sumY / size - layout.idealY)) / layout.spanY
  );
}

/** The best run of `size` free seats that strands no single seat, as seat indices. */
function bestWindow(layout: TierLayout, isFree: (index: number) => boolean, size: number): number[] | null {
  let best: { segment: number[]; from: number; score: number } | null = null;
  for (const segment of layout.segments) {
    let runStart = 0;
    while (runStart < segment.length) {
      if (!isFree(segment[runStart] ?? -1)) {
        runStart++;
        continue;
      }
      let runEnd = runStart;
      while (runEnd < segment.length && isFree(segment[runEnd] ?? -1)) runEnd++;
      const runLength = runEnd - runStart;
      const takenLeft = runStart > 0;
      const takenRight = runEnd < segment.length;
      for (let offset = 0; offset + size <= runLength; offset++) {
        const rightOver = runLength - offset - size;
        if ((offset === 1 && takenLeft) || (rightOver === 1 && takenRight)) continue;
        const score = windowScore(layout, segment, runStart + offset, size);
        if (!best || score < best.score) best = { segment, from: runStart + offset, score };
      }
      runStart = runEnd;
    }
  }
  return best ? best.segment.slice(best.from, best.from + size) : null;
}

/** Seat indices for a party: whole in one row first; otherwise the largest groups that fit, best first. */
export function pickFromLayout(
  layout: TierLayout,
  isFree: (index: number) => boolean,
  quantity: number,
): number[] | null {
  if (quantity <= 0 || layout.seats.length === 0) return null;
  const chosen = new Set<number>();
  const free = (index: number) => !chosen.has(index) && isFree(index);
  let remaining = quantity;
  for (let size = remaining; remaining > 0 && size > 0; ) {
    const window = bestWindow(layout, free, Math.min(size, remaining));
    if (!window) {
      size--;
      continue;
    }
    for (const index of window) chosen.add(index);
    remaining -= window.length;
    size = remaining;
  }
  return remaining === 0 ? [...chosen] : null;
}

export function pickBestSeats(seats: CandidateSeat[], quantity: number): string[] | null {
  const layout = layoutOf(seats);
  const picked = pickFromLayout(layout, (index) => seats[index]?.free ?? false, quantity);
  return picked ? picked.map((index) => seats[index]?.id ?? "") : null;
}
