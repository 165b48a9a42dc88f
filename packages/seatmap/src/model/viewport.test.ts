import { describe, expect, it } from "vitest";
import {
  clampViewport,
  ensureVisible,
  fitViewport,
  interpolateViewport,
  toHall,
  toScreen,
  visibleHall,
  zoomAt,
  zoomLimits,
} from "./viewport.ts";

const hall = { minX: 0, minY: 0, maxX: 100, maxY: 50 };
const screen = { width: 420, height: 320 };

describe("viewport maths", () => {
  it("fits the hall inside the padded screen, centred", () => {
    const view = fitViewport(hall, screen, 10);
    expect(view.scale).toBeCloseTo(4);
    expect(toScreen(view, { x: 50, y: 25 })).toEqual({ x: 210, y: 160 });
    const seen = visibleHall(view, screen);
    expect(seen.minX).toBeLessThanOrEqual(0);
    expect(seen.maxX).toBeGreaterThanOrEqual(100);
  });

  it("keeps clear of insets, e.g. controls along the bottom", () => {
    const view = fitViewport(hall, screen, { top: 10, right: 10, bottom: 70, left: 10 });
    expect(view.scale).toBeCloseTo(4);
    expect(toScreen(view, { x: 50, y: 50 }).y).toBeCloseTo(screen.height - 70 - 20);
    expect(toScreen(view, { x: 0, y: 0 }).y).toBeGreaterThanOrEqual(10);
  });

  it("converts between screen and hall both ways", () => {
    const view = { scale: 3.5, x: -40, y: 12 };
    const point = { x: 17.25, y: 8.5 };
    const back = toHall(view, toScreen(view, point));
    expect(back.x).toBeCloseTo(point.x);
    expect(back.y).toBeCloseTo(point.y);
  });

  it("zooms about an anchor, keeping the hall point under it, within the limits", () => {
    const view = fitViewport(hall, screen);
    const limits = zoomLimits(view.scale, 0.8);
    const anchor = { x: 300, y: 100 };
    const under = toHall(view, anchor);
    const zoomed = zoomAt(view, 2, anchor, limits);
    expect(zoomed.scale).toBeCloseTo(view.scale * 2);
    const still = toHall(zoomed, anchor);
    expect(still.x).toBeCloseTo(under.x);
    expect(still.y).toBeCloseTo(under.y);
    expect(zoomAt(view, 1000, anchor, limits).scale).toBe(limits.max);
    expect(zoomAt(view, 0.001, anchor, limits).scale).toBe(limits.min);
  });

  it("sets limits from the fitted scale and the seat size", () => {
    expect(zoomLimits(4, 0.8)).toEqual({ min: 3.4, max: 80 });
    expect(zoomLimits(100, 0.8).max).toBe(300); // small halls still zoom 3×
  });

  it("keeps the hall reachable when dragged far away", () => {
    const view = fitViewport(hall, screen);
    const flung = clampViewport({ ...view, x: view.x + 5000, y: view.y - 5000 }, hall, screen);
    const middle = toHall(flung, { x: screen.width / 2, y: screen.height / 2 });
    expect(middle.x).toBeGreaterThanOrEqual(hall.minX - screen.width / 4 / view.scale - 1e-9);
    expect(middle.y).toBeLessThanOrEqual(hall.maxY + screen.height / 4 / view.scale + 1e-9);
    expect(clampViewport(view, hall, screen)).toEqual(view);
  });

  it("pans just enough to show a point with a margin, or not at all", () => {
    const view = { scale: 10, x: 0, y: 0 };
    expect(ensureVisible(view, { x: 20, y: 10 }, screen, 40)).toBe(view);
    const moved = ensureVisible(view, { x: 60, y: 10 }, screen, 40);
    expect(toScreen(moved, { x: 60, y: 10 }).x).toBe(screen.width - 40);
  });

  it("interpolates from start to end", () => {
    const a = fitViewport(hall, screen);
    const b = zoomAt(a, 4, { x: 50, y: 50 }, { min: 0, max: 1000 });
    expect(interpolateViewport(a, b, 0, screen).scale).toBeCloseTo(a.scale);
    const end = interpolateViewport(a, b, 1, screen);
    expect(end.scale).toBeCloseTo(b.scale);
    expect(end.x).toBeCloseTo(b.x);
  });
});
