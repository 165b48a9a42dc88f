/** Text on the map: drawn in screen pixels, so it stays crisp and readable at any zoom. */
import type { Frame } from "./draw.ts";

export const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** A rectangle on screen, in CSS pixels. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface TextStyle {
  colour: string;
  px: number;
  weight: number;
  spacing?: number;
  /** Outline colour behind the text; false for none. */
  halo?: string | false;
}

/** Tracking only for Latin capitals: spaced-out Devanagari or Arabic falls apart. */
const spacingFor = (text: string, style: TextStyle) =>
  /^[ -\u024f]*$/.test(text) ? (style.spacing ?? 0) : 0;

/** The screen rectangle a label would take. */
export function textBox(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  text: string,
  hallX: number,
  hallY: number,
  style: TextStyle,
): Rect {
  const { view } = frame;
  ctx.font = `${style.weight} ${style.px}px ${FONT}`;
  ctx.letterSpacing = `${spacingFor(text, style)}px`;
  const half = ctx.measureText(text).width / 2 + 3;
  const x = hallX * view.scale + view.x;
  const y = hallY * view.scale + view.y;
  return { x0: x - half, y0: y - style.px * 0.7, x1: x + half, y1: y + style.px * 0.7 };
}

/** Text at a hall point; returns the rectangle it took. */
export function screenText(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  text: string,
  hallX: number,
  hallY: number,
  style: TextStyle,
): Rect {
  const { view, dpr } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const box = textBox(ctx, frame, text, hallX, hallY, style);
  const x = hallX * view.scale + view.x;
  const y = hallY * view.scale + view.y;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  if (style.halo) {
    ctx.lineJoin = "round";
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = style.halo;
    ctx.strokeText(text, x, y);
  }
  ctx.fillStyle = style.colour;
  ctx.fillText(text, x, y);
  ctx.letterSpacing = "0px";
  return box;
}
