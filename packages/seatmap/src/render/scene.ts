import { seatAt } from "../model/hit-test.ts";
import { type SeatIndex, stageCentre } from "../model/seat-index.ts";
import { STATUS_AVAILABLE, STATUS_BLOCKED, STATUS_HELD, STATUS_SOLD } from "../model/statuses.ts";
import type { HallLayout, Point, SeatMapTier } from "../model/types.ts";
import type { SeatMapPalette } from "./palette.ts";

/** What to draw, prepared whenever the data (not the view) changes. */
export interface Scene {
  index: SeatIndex;
  statuses: Uint8Array;
  selected: Uint8Array;
  layout: HallLayout | null;
  stageLabel: string;
  palette: SeatMapPalette;
  /** Fill of each bucket: one per tier (free seats), then held, sold, blocked, selected. */
  bucketFill: string[];
  /** Bucket kinds, parallel to bucketFill. */
  bucketKind: BucketKind[];
  /** Seat indices per bucket. */
  buckets: Int32Array[];
  /** Tier buckets to fade (the legend's tier filter), parallel to bucketFill. */
  faded: boolean[];
  /** Seat → bucket. */
  bucketOf: Uint8Array;
  sectionLabels: SectionLabel[];
  /** Row labels beyond each end of each row, where there is room. */
  rowLabels: { text: string; at: Point }[];
  /** Per layout section: the colour to tint it at overview zoom, or null when nothing is free. */
  sectionTints: (string | null)[];
}

export type BucketKind = "free" | "held" | "sold" | "blocked" | "selected";

export interface SectionLabel {
  text: string;
  /** Inside the section, for the overview. */
  overview: Point;
  /** Just in front of the section, when seats are big enough to see (null when there is no room). */
  front: Point | null;
}

export interface SceneInput {
  index: SeatIndex;
  statuses: Uint8Array;
  selectedIds: ReadonlySet<string>;
  tiers: SeatMapTier[];
  tierColour: Map<string, string>;
  fadedTiers: ReadonlySet<string>;
  layout: HallLayout | null;
  stageLabel: string;
  palette: SeatMapPalette;
}

/** The parts of a scene that depend on geometry only, reused while statuses change. */
export interface SceneGeometry {
  sectionLabels: SectionLabel[];
  rowLabels: { text: string; at: Point }[];
}

export function sceneGeometry(index: SeatIndex, layout: HallLayout | null): SceneGeometry {
  const stage = stageCentre(layout);
  const sectionLabels: SectionLabel[] = (layout?.sections ?? []).map((section) => {
    const [lx, ly] = section.labelAt;
    const ours = index.sections.find((s) => s.name === section.name);
    const frontRow = ours ? index.rows[ours.rows[0] ?? -1] : undefined;
    let front: Point | null = null;
    if (frontRow && stage) {
      const dx = stage.x - frontRow.centre.x;
      const dy = stage.y - frontRow.centre.y;
      const length = Math.hypot(dx, dy) || 1;
      const gap = frontRow.seatSize * 1.6;
      const candidate = {
        x: frontRow.centre.x + (dx / length) * gap,
        y: frontRow.centre.y + (dy / length) * gap,
      };
      if (seatAt(index, candidate, frontRow.seatSize * 0.6) === null) front = candidate;
    }
    return { text: section.name, overview: { x: lx, y: ly }, front };
  });

  const rowLabels: { text: string; at: Point }[] = [];
  const placed = new Map<string, { at: Point; section: number }[]>(); // by 2×2-unit cell
  const cellOf = (x: number, y: number) => `${Math.floor(x / 2)}:${Math.floor(y / 2)}`;
  const crowded = (point: Point, row: (typeof index.rows)[number]) => {
    const cx = Math.floor(point.x / 2);
    const cy = Math.floor(point.y / 2);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of placed.get(`${cx + dx}:${cy + dy}`) ?? []) {
          // Labels of neighbouring sections meet in the aisle between them: keep only the first.
          const room = row.seatSize * (other.section === row.section ? 0.9 : 1.6);
          if ((other.at.x - point.x) ** 2 + (other.at.y - point.y) ** 2 < room * room) return true;
        }
    return false;
  };
  for (const row of index.rows) {
    const ends = [
      { seat: row.seats[0], sign: -1 },
      { seat: row.seats[row.seats.length - 1], sign: 1 },
    ];
    for (const { seat, sign } of ends) {
      const at = index.seats[seat ?? -1];
      if (!at) continue;
      const reach = row.seatSize * 1.35;
      const point = { x: at.x + row.along.x * reach * sign, y: at.y + row.along.y * reach * sign };
      if (crowded(point, row) || seatAt(index, point, row.seatSize * 0.45) !== null) continue;
      rowLabels.push({ text: row.label, at: point });
      const key = cellOf(point.x, point.y);
      const list = placed.get(key) ?? [];
      list.push({ at: point, section: row.section });
      placed.set(key, list);
    }
  }
  return { sectionLabels, rowLabels };
}

export function buildScene(input: SceneInput, geometry: SceneGeometry): Scene {
  const { index, statuses, selectedIds, tiers, tierColour, palette } = input;
  const tierSlot = new Map(tiers.map((tier, i) => [tier.id, i]));
  const bucketFill = [
    ...tiers.map((tier) => tierColour.get(tier.id) ?? "#2563eb"),
    palette.held,
    palette.sold,
    palette.blocked,
    palette.selected,
  ];
  const bucketKind: BucketKind[] = [
    ...tiers.map(() => "free" as const),
    "held",
    "sold",
    "blocked",
    "selected",
  ];
  const faded = bucketKind.map((kind, b) => kind === "free" && input.fadedTiers.has(tiers[b]?.id ?? ""));
  const T = tiers.length;
  const bucketOf = new Uint8Array(index.seats.length);
  const selected = new Uint8Array(index.seats.length);
  const counts = new Int32Array(bucketFill.length);
  index.seats.forEach((seat, i) => {
    let bucket: number;
    if (selectedIds.has(seat.id)) {
      selected[i] = 1;
      bucket = T + 3;
    } else {
      const status = statuses[i];
      if (status === STATUS_AVAILABLE) bucket = tierSlot.get(seat.tierId) ?? T + 2;
      else if (status === STATUS_HELD) bucket = T;
      else if (status === STATUS_SOLD) bucket = T + 1;
      else bucket = T + 2;
    }
    bucketOf[i] = bucket;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  });
  const buckets = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(bucketFill.length);
  bucketOf.forEach((bucket, i) => {
    const list = buckets[bucket] as Int32Array;
    list[filled[bucket] ?? 0] = i;
    filled[bucket] = (filled[bucket] ?? 0) + 1;
  });

  const sectionTints = (input.layout?.sections ?? []).map((section) => {
    const ours = index.sections.find((s) => s.name === section.name);
    if (!ours) return null;
    const free = new Map<string, number>();
    for (const r of ours.rows)
      for (const i of index.rows[r]?.seats ?? [])
        if (statuses[i] === STATUS_AVAILABLE) {
          const tierId = index.seats[i]?.tierId ?? "";
          free.set(tierId, (free.get(tierId) ?? 0) + 1);
        }
    const top = [...free.entries()].sort((a, b) => b[1] - a[1])[0];
    return top ? (tierColour.get(top[0]) ?? null) : null;
  });

  return {
    index,
    statuses,
    selected,
    layout: input.layout,
    stageLabel: input.stageLabel,
    palette,
    bucketFill,
    bucketKind,
    buckets,
    faded,
    bucketOf,
    sectionLabels: geometry.sectionLabels,
    rowLabels: geometry.rowLabels,
    sectionTints,
  };
}

export const isUnavailableStatus = (status: number) =>
  status === STATUS_HELD || status === STATUS_SOLD || status === STATUS_BLOCKED;
