/*
 * Synthetic halls for tests and the benchmark, shaped like the demo seed's cinema and arena
 * (packages/db/src/seed/layouts.ts) but built here so this package needs no database code.
 */
import type { HallLayout, SeatMap, SeatMapSeat, SeatStatus } from "../src/model/types.ts";

export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

const rowLetters = (count: number) =>
  Array.from({ length: count + 1 }, (_, i) => String.fromCharCode(65 + i))
    .filter((l) => l !== "I")
    .slice(0, count);

/** A small deterministic generator, so "random" statuses are the same on every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type SeatDraft = Omit<SeatMapSeat, "id" | "tierId" | "status" | "label"> & { tierCode: string };

function finish(
  drafts: SeatDraft[],
  tiers: { code: string; name: string; color: string; price: number }[],
  occupancy: number,
  seed: number,
  currency: string,
): SeatMap {
  const random = mulberry32(seed);
  const tierIds = new Map(tiers.map((tier, i) => [tier.code, uuid(900_000 + i)]));
  const pick = (): SeatStatus => {
    if (random() >= occupancy) return "available";
    const r = random();
    return r < 0.7 ? "sold" : r < 0.93 ? "held" : "blocked";
  };
  return {
    showId: uuid(999_999),
    version: 1,
    tiers: tiers.map((tier) => ({
      id: tierIds.get(tier.code) as string,
      name: tier.name,
      code: tier.code,
      color: tier.color,
      price: { amountMinor: tier.price, currency },
      fees: { amountMinor: 0, currency },
    })),
    seats: drafts.map(({ tierCode, ...seat }, i) => ({
      ...seat,
      id: uuid(i + 1),
      label: `${seat.row}${seat.number}`,
      tierId: tierIds.get(tierCode) as string,
      status: pick(),
    })),
    generalAdmission: [],
  };
}

const flagsNone = { accessible: false, wheelchair: false, companion: false };

/** A 154-seat cinema: rows A–J split by a centre aisle (wheelchair spaces in A), recliners K–L. */
export function cinema(occupancy = 0.3, seed = 7): { map: SeatMap; layout: HallLayout } {
  const drafts: SeatDraft[] = [];
  const xOf = (k: number, perSide: number, pitch: number) =>
    k < perSide
      ? 10 - 0.8 - pitch / 2 - (perSide - 1 - k) * pitch
      : 10 + 0.8 + pitch / 2 + (k - perSide) * pitch;
  rowLetters(12).forEach((row, r) => {
    if (r < 10) {
      const perSide = r === 0 ? 6 : 7;
      const pitch = r === 0 ? 1.05 : 1;
      for (let k = 0; k < perSide * 2; k++) {
        const edge = Math.min(k, perSide * 2 - 1 - k);
        drafts.push({
          section: "Classic",
          row,
          number: k + 1,
          x: xOf(k, perSide, pitch),
          y: 4 + r * 1.1,
          tierCode: "REGULAR",
          category: "regular",
          aisleAfter: k === perSide - 1,
          ...flagsNone,
          ...(r === 0 ? { accessible: true, wheelchair: edge === 0, companion: edge === 1 } : {}),
        });
      }
    } else {
      for (let k = 0; k < 8; k++) {
        drafts.push({
          section: "Recliners",
          row,
          number: k + 1,
          x: xOf(k, 4, 1.6),
          y: 4 + 11 + 0.8 + (r - 10) * 1.8,
          tierCode: "RECLINER",
          category: "recliner",
          aisleAfter: k === 3,
          ...flagsNone,
        });
      }
    }
  });
  const map = finish(
    drafts,
    [
      { code: "RECLINER", name: "Recliner", color: "#7c3aed", price: 45_000 },
      { code: "REGULAR", name: "Regular", color: "#2563eb", price: 25_000 },
    ],
    occupancy,
    seed,
    "INR",
  );
  const layout: HallLayout = {
    bounds: { width: 21, height: 21 },
    stage: { kind: "screen", label: "Screen", x: 2, y: 0.8, width: 17, height: 0.4 },
    sections: [],
  };
  return { map, layout };
}

/**
 * A ~5,100-seat arena: two courtside stands, a lower bowl of 16 wedges and an upper bowl of 20,
 * numbered clockwise from north, like the seed's arena.
 */
export function arena(occupancy = 0.45, seed = 11): { map: SeatMap; layout: HallLayout } {
  const cx = 70;
  const cy = 70;
  const drafts: SeatDraft[] = [];
  const sections: HallLayout["sections"] = [];
  const outline = (points: { x: number; y: number }[]): [number, number][] =>
    points.map((p) => [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]);

  for (const [code, name, direction] of [
    ["FLN", "Courtside North", -1],
    ["FLS", "Courtside South", 1],
  ] as const) {
    rowLetters(3).forEach((row, r) => {
      for (let k = 0; k < 26; k++) {
        drafts.push({
          section: name,
          row,
          number: k + 1,
          x: cx - 12.5 + k,
          y: cy + direction * (9 + r),
          tierCode: "FLOOR",
          category: "courtside",
          aisleAfter: k === 12,
          ...flagsNone,
        });
      }
    });
    const y0 = cy + direction * 8.3;
    const y1 = cy + direction * 11.7;
    sections.push({
      code,
      name,
      outline: outline([
        { x: cx - 13.2, y: y0 },
        { x: cx + 13.2, y: y0 },
        { x: cx + 13.2, y: y1 },
        { x: cx - 13.2, y: y1 },
      ]),
      labelAt: [cx, (y0 + y1) / 2],
    });
  }

  const bowl = (
    first: number,
    count: number,
    rows: number,
    inner: number,
    gapDegrees: number,
    tier: string,
  ) => {
    const span = (2 * Math.PI) / count;
    const gap = (gapDegrees * Math.PI) / 180;
    const letters = rowLetters(rows);
    for (let s = 0; s < count; s++) {
      const code = String(first + s);
      const start = s * span - span / 2 + gap / 2;
      const usable = span - gap;
      letters.forEach((row, r) => {
        const radius = inner + r;
        const seats = Math.floor(radius * usable);
        const platform = first === 101 && s % 4 === 0 && r === rows - 1;
        for (let k = 0; k < seats; k++) {
          const angle = start + ((k + 0.5) / seats) * usable;
          drafts.push({
            section: `Section ${code}`,
            row,
            number: k + 1,
            x: cx + radius * Math.sin(angle),
            y: cy - radius * Math.cos(angle),
            tierCode: tier,
            category: "standard",
            aisleAfter: false,
            accessible: platform,
            wheelchair: platform && k < 2,
            companion: platform && k >= 2 && k < 4,
          });
        }
      });
      const arc = (radius: number, from: number, to: number, steps = 6) =>
        Array.from({ length: steps + 1 }, (_, i) => {
          const angle = from + ((to - from) * i) / steps;
          return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
        });
      const a0 = start - 0.3 / inner;
      const a1 = start + usable + 0.3 / inner;
      const points = [...arc(inner - 0.7, a0, a1), ...arc(inner + rows - 1 + 0.7, a1, a0)];
      const mid = start + usable / 2;
      const labelRadius = inner + (rows - 1) / 2;
      sections.push({
        code,
        name: `Section ${code}`,
        outline: outline(points),
        labelAt: [cx + labelRadius * Math.sin(mid), cy - labelRadius * Math.cos(mid)],
      });
    }
  };
  bowl(101, 16, 12, 24, 2, "LOWER");
  bowl(201, 20, 12, 40, 1.5, "UPPER");

  const map = finish(
    drafts,
    [
      { code: "FLOOR", name: "Floor", color: "#b45309", price: 1_500_000 },
      { code: "LOWER", name: "Lower Tier", color: "#2563eb", price: 650_000 },
      { code: "UPPER", name: "Upper Tier", color: "#059669", price: 350_000 },
    ],
    occupancy,
    seed,
    "INR",
  );
  const layout: HallLayout = {
    bounds: { width: cx * 2, height: cy * 2 },
    stage: { kind: "court", label: "Court / Stage", x: cx - 14, y: cy - 7.5, width: 28, height: 15 },
    sections,
  };
  return { map, layout };
}
