import type { HallLayout, SeatDelta, SeatMap, SeatMapSeat, SeatStatus } from "@marquee/contracts";

export type { HallLayout, SeatDelta, SeatMap, SeatMapSeat, SeatStatus };
export type SeatMapTier = SeatMap["tiers"][number];

/** A point in the hall's unit space (one unit is about one seat width; y grows away from the stage). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const boxWidth = (box: Box) => box.maxX - box.minX;
export const boxHeight = (box: Box) => box.maxY - box.minY;

export function unionBox(a: Box, b: Box): Box {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}
