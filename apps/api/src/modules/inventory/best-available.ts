/**
 * "Best available" seat choice: a party sits together in one row where it can, never leaves a
 * single seat stranded between taken ones, and sits as near the centre as it can.
 */
export interface CandidateSeat {
  id: string;
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  aisleAfter: boolean;
  free: boolean;
}

interface Window {
  seatIds: string[];
  score: number;
}

/** Runs of seats that a party could share: a row, split at aisles. */
function segmentsOf(seats: CandidateSeat[]): CandidateSeat[][] {
  const rows = new Map<string, CandidateSeat[]>();
  for (const seat of seats) {
    const key = `${seat.section}\u0000${seat.row}`;
    const row = rows.get(key);
    if (row) row.push(seat);
    else rows.set(key, [seat]);
  }
  const segments: CandidateSeat[][] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.number - b.number);
    let current: CandidateSeat[] = [];
    for (const seat of row) {
      current.push(seat);
      if (seat.aisleAfter) {
        segments.push(current);
        current = [];
      }
    }
    if (current.length > 0) segments.push(current);
  }
  return segments;
}

/** The best `spread` windows of a size (best first), each never stranding a single seat. */
function bestWindows(
  segments: CandidateSeat[][],
  size: number,
  score: (seats: CandidateSeat[]) => number,
  spread: number,
): Window[] {
  const best: Window[] = [];
  for (const segment of segments) {
    let runStart = 0;
    while (runStart < segment.length) {
      if (!segment[runStart]?.free) {
        runStart++;
        continue;
      }
      let runEnd = runStart;
      while (runEnd < segment.length && segment[runEnd]?.free) runEnd++;
      const runLength = runEnd - runStart;
      const takenLeft = runStart > 0;
      const takenRight = runEnd < segment.length;
      for (let offset = 0; offset + size <= runLength; offset++) {
        const leftOver = offset;
        const rightOver = runLength - offset - size;
        if ((leftOver === 1 && takenLeft) || (rightOver === 1 && takenRight)) continue;
        const window = segment.slice(runStart + offset, runStart + offset + size);
        const windowScore = score(window);
        if (best.length < spread || windowScore < (best.at(-1)?.score ?? Number.POSITIVE_INFINITY)) {
          best.push({ seatIds: window.map((s) => s.id), score: windowScore });
          best.sort((a, b) => a.score - b.score);
          if (best.length > spread) best.pop();
        }
      }
      runStart = runEnd;
    }
  }
  return best;
}

/**
 * `spread` > 1 picks at random among that many best blocks: concurrent buyers of the same show
 * then rarely reach for the same seats.
 */
export function pickBestSeats(
  seats: CandidateSeat[],
  quantity: number,
  options: { spread?: number; random?: () => number } = {},
): string[] | null {
  const spread = options.spread ?? 1;
  const random = options.random ?? Math.random;
  if (quantity <= 0 || seats.length === 0) return null;
  const xs = seats.map((s) => s.x);
  const ys = seats.map((s) => s.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const centreX = (minX + maxX) / 2;
  // Slightly behind the middle of the block: the view most buyers choose themselves.
  const idealY = minY + 0.6 * (maxY - minY);
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const score = (window: CandidateSeat[]) => {
    const cx = window.reduce((sum, s) => sum + s.x, 0) / window.length;
    const cy = window.reduce((sum, s) => sum + s.y, 0) / window.length;
    return Math.abs(cx - centreX) / spanX + (0.7 * Math.abs(cy - idealY)) / spanY;
  };

  const working = seats.map((s) => ({ ...s }));
  const byId = new Map(working.map((s) => [s.id, s]));
  const chosen: string[] = [];
  let remaining = quantity;
  // Whole party in one row first; otherwise the largest groups that fit, best first.
  for (let size = remaining; remaining > 0 && size > 0; ) {
    const windows = bestWindows(segmentsOf(working), Math.min(size, remaining), score, spread);
    const window = windows[Math.floor(random() * windows.length)];
    if (!window) {
      size--;
      continue;
    }
    for (const id of window.seatIds) {
      const seat = byId.get(id);
      if (seat) seat.free = false;
    }
    chosen.push(...window.seatIds);
    remaining -= window.seatIds.length;
    size = remaining;
  }
  return remaining === 0 ? chosen : null;
}
