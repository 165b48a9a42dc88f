import type { Box, HallLayout, Point, SeatMapSeat } from "./types.ts";

/** One row of one section: seats in seat-number order. */
export interface SeatRow {
  /** Position in `SeatIndex.rows`, the grid's row order (sections in map order, rows front to back). */
  index: number;
  section: number;
  /** Position within its section, 0 = nearest the stage. */
  depth: number;
  label: string;
  /** Seat indices in ascending seat number. */
  seats: number[];
  /** Unit vector from the first seat towards the last. */
  along: Point;
  centre: Point;
  /** Seat diameter in hall units for this row. */
  seatSize: number;
}

export interface SeatSection {
  name: string;
  /** Row indices, nearest the stage first. */
  rows: number[];
}

/**
 * Everything about a seat map that does not change when statuses do: geometry, rows, sections
 * and a spatial grid. Built once per map layout; statuses live beside it, indexed the same way.
 */
export interface SeatIndex {
  seats: readonly SeatMapSeat[];
  byId: ReadonlyMap<string, number>;
  rows: SeatRow[];
  sections: SeatSection[];
  /** Row index of each seat. */
  rowOf: Int32Array;
  /** Position of each seat within its row. */
  columnOf: Int32Array;
  /** The longest row's length (the grid's column count). */
  maxRowLength: number;
  /** Seat diameter in hall units, per seat. */
  sizeOf: Float32Array;
  /** Smallest box around every seat (including its size). */
  bounds: Box;
  /** Typical seat diameter, for zoom limits and level of detail. */
  typicalSeatSize: number;
  grid: SpatialGrid;
}

export interface SpatialGrid {
  cell: number;
  cells: Map<number, number[]>;
}

const SEAT_FILL = 0.8; // a seat's drawn diameter as a share of the distance to its neighbour

const collator = new Intl.Collator("en", { numeric: true });

/**
 * Indexes a map's seats. `stage` (the stage or screen centre, when the hall has a layout) orders
 * each section's rows front to back by distance; without it rows go by label.
 */
export function buildSeatIndex(seats: readonly SeatMapSeat[], stage?: Point | null): SeatIndex {
  const byId = new Map<string, number>();
  // section name → row label → seat indices (nested maps: no string building per seat)
  const sectionRows = new Map<string, Map<string, number[]>>();
  seats.forEach((seat, i) => {
    byId.set(seat.id, i);
    let rowsOfSection = sectionRows.get(seat.section);
    if (!rowsOfSection) {
      rowsOfSection = new Map();
      sectionRows.set(seat.section, rowsOfSection);
    }
    const row = rowsOfSection.get(seat.row);
    if (row) row.push(i);
    else rowsOfSection.set(seat.row, [i]);
  });
  const sectionOrder = new Map([...sectionRows.keys()].map((name, s) => [name, s]));
  const rowsByKey = [...sectionRows.values()].flatMap((rowsOfSection) => [...rowsOfSection.values()]);

  const grid = buildGrid(seats);
  const nearest = nearestNeighbourDistances(seats, grid);

  const draft = new Map<number, Omit<SeatRow, "index" | "depth">[]>();
  for (const members of rowsByKey) {
    members.sort((a, b) => (seats[a]?.number ?? 0) - (seats[b]?.number ?? 0));
    const first = seats[members[0] ?? 0] as SeatMapSeat;
    const last = seats[members[members.length - 1] ?? 0] as SeatMapSeat;
    const section = sectionOrder.get(first.section) ?? 0;
    const centre = {
      x: members.reduce((sum, i) => sum + (seats[i]?.x ?? 0), 0) / members.length,
      y: members.reduce((sum, i) => sum + (seats[i]?.y ?? 0), 0) / members.length,
    };
    const rows = draft.get(section) ?? [];
    rows.push({
      section,
      label: first.row,
      seats: members,
      along: alongOf(first, last, centre, stage),
      centre,
      seatSize: SEAT_FILL * median(members.map((i) => nearest[i] ?? 1)),
    });
    draft.set(section, rows);
  }

  const rows: SeatRow[] = [];
  const sections: SeatSection[] = [...sectionOrder.keys()].map((name, s) => {
    const sectionRows = draft.get(s) ?? [];
    sectionRows.sort(
      stage
        ? (a, b) =>
            distance(a.centre, stage) - distance(b.centre, stage) || collator.compare(a.label, b.label)
        : (a, b) => collator.compare(a.label, b.label),
    );
    const indices = sectionRows.map((row, depth) => {
      rows.push({ ...row, index: rows.length, depth });
      return rows.length - 1;
    });
    return { name, rows: indices };
  });

  const rowOf = new Int32Array(seats.length);
  const columnOf = new Int32Array(seats.length);
  const sizeOf = new Float32Array(seats.length);
  let maxRowLength = 0;
  for (const row of rows) {
    maxRowLength = Math.max(maxRowLength, row.seats.length);
    row.seats.forEach((i, column) => {
      rowOf[i] = row.index;
      columnOf[i] = column;
      sizeOf[i] = row.seatSize;
    });
  }

  const bounds: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  seats.forEach((seat, i) => {
    const r = (sizeOf[i] ?? 0) / 2;
    bounds.minX = Math.min(bounds.minX, seat.x - r);
    bounds.minY = Math.min(bounds.minY, seat.y - r);
    bounds.maxX = Math.max(bounds.maxX, seat.x + r);
    bounds.maxY = Math.max(bounds.maxY, seat.y + r);
  });
  if (seats.length === 0) Object.assign(bounds, { minX: 0, minY: 0, maxX: 1, maxY: 1 });

  return {
    seats,
    byId,
    rows,
    sections,
    rowOf,
    columnOf,
    maxRowLength,
    sizeOf,
    bounds,
    typicalSeatSize: seats.length > 0 ? median(sizeOf) : SEAT_FILL,
    grid,
  };
}

/** The centre of the stage or screen of a layout, which rows face. */
export function stageCentre(layout: HallLayout | null | undefined): Point | null {
  if (!layout) return null;
  const { stage } = layout;
  return { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
}

/**
 * Direction of a row. With one seat there is no first-to-last vector: the row then runs across
 * the line of sight to the stage (or left to right).
 */
function alongOf(first: SeatMapSeat, last: SeatMapSeat, centre: Point, stage?: Point | null): Point {
  const dx = last.x - first.x;
  const dy = last.y - first.y;
  const length = Math.hypot(dx, dy);
  if (length > 1e-6) return { x: dx / length, y: dy / length };
  if (stage) {
    const sx = centre.x - stage.x;
    const sy = centre.y - stage.y;
    const sight = Math.hypot(sx, sy);
    if (sight > 1e-6) return { x: -sy / sight, y: sx / sight };
  }
  return { x: 1, y: 0 };
}

const GRID_CELL = 2;
const GRID_SPAN = 4_096;

/** Both cell coordinates packed into one small integer, a fast Map key (halls span ±8,000 units). */
function cellKey(cx: number, cy: number): number {
  const x = Math.min(Math.max(cx + GRID_SPAN / 2, 0), GRID_SPAN - 1);
  const y = Math.min(Math.max(cy + GRID_SPAN / 2, 0), GRID_SPAN - 1);
  return x * GRID_SPAN + y;
}

function buildGrid(seats: readonly SeatMapSeat[]): SpatialGrid {
  const cells = new Map<number, number[]>();
  seats.forEach((seat, i) => {
    const key = cellKey(Math.floor(seat.x / GRID_CELL), Math.floor(seat.y / GRID_CELL));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  return { cell: GRID_CELL, cells };
}

/** Calls `visit` for every seat whose centre may lie within `radius` of the point. */
export function forEachSeatNear(grid: SpatialGrid, point: Point, radius: number, visit: (i: number) => void) {
  const x0 = Math.floor((point.x - radius) / grid.cell);
  const x1 = Math.floor((point.x + radius) / grid.cell);
  const y0 = Math.floor((point.y - radius) / grid.cell);
  const y1 = Math.floor((point.y + radius) / grid.cell);
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const cell = grid.cells.get(cellKey(cx, cy));
      if (cell) for (const i of cell) visit(i);
    }
  }
}

function nearestNeighbourDistances(seats: readonly SeatMapSeat[], grid: SpatialGrid): Float32Array {
  const nearest = new Float32Array(seats.length);
  seats.forEach((seat, i) => {
    let best = Infinity; // squared
    const visit = (j: number) => {
      const other = seats[j];
      if (j === i || !other) return;
      const dx = other.x - seat.x;
      const dy = other.y - seat.y;
      const d = dx * dx + dy * dy;
      if (d > 1e-12 && d < best) best = d;
    };
    for (let radius = grid.cell; best === Infinity && radius <= grid.cell * 4; radius *= 2)
      forEachSeatNear(grid, seat, radius, visit);
    nearest[i] = Number.isFinite(best) ? Math.min(Math.sqrt(best), 2) : 1;
  });
  return nearest;
}

function median(values: ArrayLike<number>): number {
  if (values.length === 0) return 1;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
