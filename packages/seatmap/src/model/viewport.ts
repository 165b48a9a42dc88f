import { type Box, boxHeight, boxWidth, type Point } from "./types.ts";

/** Screen = hall × scale + offset; screen units are CSS pixels. */
export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

export function toScreen(view: Viewport, point: Point): Point {
  return { x: point.x * view.scale + view.x, y: point.y * view.scale + view.y };
}

export function toHall(view: Viewport, point: Point): Point {
  return { x: (point.x - view.x) / view.scale, y: (point.y - view.y) / view.scale };
}

/** Space kept clear at each edge of the screen, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The whole of `content` centred in the screen, `padding` pixels clear of each edge (a number
 * for all four, or per edge, e.g. to keep clear of controls along the bottom).
 */
export function fitViewport(content: Box, screen: Size, padding: number | Insets = 16): Viewport {
  const inset =
    typeof padding === "number" ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const width = Math.max(1, screen.width - inset.left - inset.right);
  const height = Math.max(1, screen.height - inset.top - inset.bottom);
  const scale = Math.min(
    width / Math.max(boxWidth(content), 1e-6),
    height / Math.max(boxHeight(content), 1e-6),
  );
  const middle = { x: (content.minX + content.maxX) / 2, y: (content.minY + content.maxY) / 2 };
  return {
    scale,
    x: inset.left + width / 2 - middle.x * scale,
    y: inset.top + height / 2 - middle.y * scale,
  };
}

/** A viewport of a given scale with `point` of the hall at the middle of the screen. */
export function centreOn(scale: number, point: Point, screen: Size): Viewport {
  return { scale, x: screen.width / 2 - point.x * scale, y: screen.height / 2 - point.y * scale };
}

/**
 * Zoom limits: from a little smaller than the fitted view to seats `largestSeatPx` across, and
 * always at least `minRange` times the fitted scale so even a small hall can be zoomed into.
 */
export function zoomLimits(fitScale: number, seatSize: number, largestSeatPx = 64, minRange = 3): ZoomLimits {
  return { min: fitScale * 0.85, max: Math.max(largestSeatPx / seatSize, fitScale * minRange) };
}

/** Scales by `factor` keeping the hall point under `anchor` (a screen point) where it is. */
export function zoomAt(view: Viewport, factor: number, anchor: Point, limits: ZoomLimits): Viewport {
  const scale = clamp(view.scale * factor, limits.min, limits.max);
  const applied = scale / view.scale;
  return { scale, x: anchor.x - (anchor.x - view.x) * applied, y: anchor.y - (anchor.y - view.y) * applied };
}

export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/**
 * Keeps the content reachable: the middle of the screen stays over the content, give or take a
 * quarter of the screen, so a drag cannot fling the hall out of sight.
 */
export function clampViewport(view: Viewport, content: Box, screen: Size): Viewport {
  const slackX = screen.width / 4;
  const slackY = screen.height / 4;
  const minX = content.minX * view.scale - slackX;
  const maxX = content.maxX * view.scale + slackX;
  const minY = content.minY * view.scale - slackY;
  const maxY = content.maxY * view.scale + slackY;
  // screen middle in content pixels is (w/2 - x); keep it within [min, max]
  const x = screen.width / 2 - clamp(screen.width / 2 - view.x, minX, maxX);
  const y = screen.height / 2 - clamp(screen.height / 2 - view.y, minY, maxY);
  return { scale: view.scale, x, y };
}

/** Pans the least needed to bring a hall point at least `margin` pixels inside the screen. */
export function ensureVisible(view: Viewport, point: Point, screen: Size, margin = 48): Viewport {
  const at = toScreen(view, point);
  const mx = Math.min(margin, screen.width / 2);
  const my = Math.min(margin, screen.height / 2);
  const dx = at.x < mx ? mx - at.x : at.x > screen.width - mx ? screen.width - mx - at.x : 0;
  const dy = at.y < my ? my - at.y : at.y > screen.height - my ? screen.height - my - at.y : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}

/** The part of the hall on screen. */
export function visibleHall(view: Viewport, screen: Size): Box {
  const topLeft = toHall(view, { x: 0, y: 0 });
  const bottomRight = toHall(view, { x: screen.width, y: screen.height });
  return { minX: topLeft.x, minY: topLeft.y, maxX: bottomRight.x, maxY: bottomRight.y };
}

/** Eased in-between of two viewports, t in [0, 1]; zoom interpolates geometrically so it feels even. */
export function interpolateViewport(from: Viewport, to: Viewport, t: number, screen: Size): Viewport {
  const eased = 1 - (1 - t) ** 3;
  const scale = from.scale * (to.scale / from.scale) ** eased;
  // Interpolate the hall point at the screen middle, then place it for the in-between scale.
  const a = toHall(from, { x: screen.width / 2, y: screen.height / 2 });
  const b = toHall(to, { x: screen.width / 2, y: screen.height / 2 });
  return centreOn(scale, { x: a.x + (b.x - a.x) * eased, y: a.y + (b.y - a.y) * eased }, screen);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
