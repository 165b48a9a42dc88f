import { seatsIn } from "../model/hit-test.ts";
import type { Size, Viewport } from "../model/viewport.ts";
import { mix } from "./colour.ts";
import { type GlyphName, glyphPath } from "./glyphs.ts";
import type { Scene } from "./scene.ts";
import { drawStage } from "./stage.ts";
import { FONT, overlaps, type Rect, screenText, type TextStyle, textBox } from "./text.ts";

export interface Pulse {
  seat: number;
  start: number;
  freed: boolean;
}

export interface Frame {
  view: Viewport;
  size: Size;
  dpr: number;
  focus: number | null;
  focusVisible: boolean;
  hover: number | null;
  pulses: Pulse[];
  now: number;
  reducedMotion: boolean;
}

export const PULSE_MS = 900;

/** Seat sizes on screen (CSS px) at which more detail appears. */
export const DETAIL = { circles: 3, sectionNames: 6, marks: 11, rowLabels: 11, numbers: 21 } as const;

const TAU = Math.PI * 2;

/** Draws one frame; returns how many seats were on screen. */
export function drawFrame(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame): number {
  const { view, size, dpr } = frame;
  const seatPx = scene.index.typicalSeatSize * view.scale;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size.width * dpr, size.height * dpr);
  const toDevice = () =>
    ctx.setTransform(dpr * view.scale, 0, 0, dpr * view.scale, dpr * view.x, dpr * view.y);

  const labels: Rect[] = [];
  toDevice();
  drawFloor(ctx, scene, view.scale, seatPx);
  drawStage(ctx, scene, frame, labels);
  toDevice();
  const drawn = drawSeats(ctx, scene, frame, seatPx);
  if (seatPx >= DETAIL.marks) drawMarks(ctx, scene, frame, seatPx);
  drawLabels(ctx, scene, frame, seatPx, labels);
  drawPulses(ctx, scene, frame);
  drawRings(ctx, scene, frame);
  return drawn;
}

function drawFloor(ctx: CanvasRenderingContext2D, scene: Scene, scale: number, seatPx: number) {
  const sections = scene.layout?.sections ?? [];
  const overview = seatPx < DETAIL.circles;
  // Outlines run through the outer seats' centres: a wide stroke in the floor colour grows the
  // shape by about a seat's radius, so every seat sits on the floor.
  const grow = scene.index.typicalSeatSize * 1.1;
  ctx.lineJoin = "round";
  sections.forEach((section, s) => {
    if (section.outline.length < 3) return;
    ctx.beginPath();
    for (const [x, y] of section.outline) ctx.lineTo(x, y); // lineTo on an empty path moves there
    ctx.closePath();
    const tint = scene.sectionTints[s];
    const floor = overview && tint ? mix(tint, 0.14) : scene.palette.floor;
    ctx.fillStyle = floor;
    ctx.strokeStyle = floor;
    ctx.lineWidth = grow;
    ctx.fill();
    ctx.stroke();
    if (overview) {
      ctx.strokeStyle = scene.palette.floorLine;
      ctx.lineWidth = 1 / scale;
      ctx.stroke();
    }
  });
}

function drawSeats(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame, seatPx: number): number {
  const { index, buckets, bucketFill, bucketKind, faded } = scene;
  const { seats, sizeOf } = index;
  const { view, size } = frame;
  const margin = index.typicalSeatSize * 2;
  const minX = -view.x / view.scale - margin;
  const minY = -view.y / view.scale - margin;
  const maxX = (size.width - view.x) / view.scale + margin;
  const maxY = (size.height - view.y) / view.scale + margin;
  const dots = seatPx < DETAIL.circles;
  const detailed = seatPx >= DETAIL.marks;
  let drawn = 0;

  buckets.forEach((list, b) => {
    if (list.length === 0) return;
    const kind = bucketKind[b];
    const unavailable = kind === "held" || kind === "sold" || kind === "blocked";
    // Far out, a taken seat is a small dot: free and taken differ by size, not just colour.
    const shrink = unavailable && !detailed ? 0.55 : 1;
    ctx.fillStyle = bucketFill[b] ?? "#000";
    ctx.globalAlpha = faded[b] ? 0.2 : 1;
    ctx.beginPath();
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      const seat = seats[i];
      if (!seat) continue;
      const { x, y } = seat;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      drawn++;
      const r = ((sizeOf[i] ?? 0) / 2) * shrink;
      if (dots) {
        ctx.rect(x - r, y - r, r * 2, r * 2);
      } else if (seat.wheelchair) {
        ctx.roundRect(x - r, y - r, r * 2, r * 2, r * 0.3);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, TAU);
      }
    }
    ctx.fill();
    if (kind === "blocked" && !dots) {
      ctx.strokeStyle = scene.palette.blockedMark;
      ctx.lineWidth = 1.2 / view.scale;
      ctx.stroke();
    } else if (kind === "held" && detailed) {
      ctx.strokeStyle = scene.palette.sold;
      ctx.lineWidth = 1 / view.scale;
      ctx.stroke();
    }
  });
  ctx.globalAlpha = 1;

  // Chosen seats get a gold ring, so they stand out even at overview zoom.
  const chosen = buckets[buckets.length - 1];
  if (chosen && chosen.length > 0) {
    ctx.strokeStyle = scene.palette.selectedRing;
    ctx.lineWidth = Math.max(2 / view.scale, index.typicalSeatSize * 0.12);
    ctx.beginPath();
    for (const i of chosen) {
      const seat = seats[i];
      if (!seat) continue;
      const r = (sizeOf[i] ?? 0) / 2 + ctx.lineWidth / 2;
      ctx.moveTo(seat.x + r, seat.y);
      ctx.arc(seat.x, seat.y, r, 0, TAU);
    }
    ctx.stroke();
  }
  return drawn;
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame, seatPx: number) {
  const { index, bucketOf, bucketKind, palette, faded } = scene;
  const { view, size, dpr } = frame;
  const minX = -view.x / view.scale - 1;
  const minY = -view.y / view.scale - 1;
  const maxX = (size.width - view.x) / view.scale + 1;
  const maxY = (size.height - view.y) / view.scale + 1;
  const numbers = seatPx >= DETAIL.numbers;

  const strokes = new Map<string, { glyph: GlyphName; i: number }[]>();
  const add = (colour: string, glyph: GlyphName, i: number) => {
    const list = strokes.get(colour);
    if (list) list.push({ glyph, i });
    else strokes.set(colour, [{ glyph, i }]);
  };
  const texts: number[] = [];
  for (let i = 0; i < index.seats.length; i++) {
    const seat = index.seats[i] as (typeof index.seats)[number];
    if (seat.x < minX || seat.x > maxX || seat.y < minY || seat.y > maxY) continue;
    const kind = bucketKind[bucketOf[i] ?? 0];
    if (kind === "selected") add(palette.selectedMark, "check", i);
    else if (kind === "sold") add(palette.soldMark, "cross", i);
    else if (kind === "held") add(palette.heldMark, "slash", i);
    else if (kind === "blocked") add(palette.blockedMark, "dash", i);
    else if (faded[bucketOf[i] ?? 0]) continue;
    else if (seat.wheelchair) add(palette.onSeat, "wheelchair", i);
    else if (seat.companion) add(palette.onSeat, "companion", i);
    else if (seat.accessible) add(palette.onSeat, "access", i);
    else if (numbers) texts.push(i);
  }

  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  for (const [colour, list] of strokes) {
    ctx.strokeStyle = colour;
    for (const { glyph, i } of list) {
      const seat = index.seats[i];
      if (!seat) continue;
      const k = (dpr * view.scale * (index.sizeOf[i] ?? 0)) / 24;
      ctx.setTransform(
        k,
        0,
        0,
        k,
        dpr * (seat.x * view.scale + view.x) - 12 * k,
        dpr * (seat.y * view.scale + view.y) - 12 * k,
      );
      ctx.lineWidth = glyph === "check" || glyph === "cross" ? 2.6 : 2.2;
      ctx.stroke(glyphPath(glyph));
    }
  }

  if (texts.length > 0) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = palette.onSeat;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.font = `600 ${Math.round(Math.min(seatPx * 0.42, 15))}px ${FONT}`;
    for (const i of texts) {
      const seat = index.seats[i];
      if (!seat) continue;
      ctx.fillText(String(seat.number), seat.x * view.scale + view.x, seat.y * view.scale + view.y + 0.5);
    }
  }
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  seatPx: number,
  taken: Rect[],
) {
  const { view } = frame;
  const { palette } = scene;
  if (seatPx >= DETAIL.rowLabels) {
    const px = Math.round(Math.min(Math.max(seatPx * 0.42, 10), 13));
    for (const { text, at } of scene.rowLabels) {
      const sx = at.x * view.scale + view.x;
      const sy = at.y * view.scale + view.y;
      if (sx < -20 || sy < -20 || sx > frame.size.width + 20 || sy > frame.size.height + 20) continue;
      screenText(ctx, frame, text, at.x, at.y, { colour: palette.rowLabel, px, weight: 600 });
    }
  }
  // Far out, names sit on their sections; closer in, in front of them where there is room.
  const overview = seatPx < DETAIL.sectionNames;
  for (const label of scene.sectionLabels) {
    const at = overview ? label.overview : label.front;
    if (!at) continue;
    const text = overview ? shortSection(label.text) : label.text.toUpperCase();
    const style: TextStyle = {
      colour: palette.sectionLabel,
      px: overview ? 11 : 10.5,
      weight: 700,
      spacing: overview ? 0 : 1.5,
      halo: palette.halo,
    };
    const box = textBox(ctx, frame, text, at.x, at.y, style);
    if (taken.some((other) => overlaps(box, other))) continue;
    // In front of a section there must be room for the words, not just for their middle.
    if (!overview && coversSeat(scene, frame, box)) continue;
    taken.push(box);
    screenText(ctx, frame, text, at.x, at.y, style);
  }
}

/** Whether any seat lies under a screen rectangle. */
function coversSeat(scene: Scene, frame: Frame, box: Rect): boolean {
  const { view } = frame;
  const { index } = scene;
  const slack = index.typicalSeatSize / 2;
  const minX = (box.x0 - view.x) / view.scale - slack;
  const maxX = (box.x1 - view.x) / view.scale + slack;
  const minY = (box.y0 - view.y) / view.scale - slack;
  const maxY = (box.y1 - view.y) / view.scale + slack;
  return seatsIn(index, { minX, minY, maxX, maxY }).length > 0;
}

/** "Section 104" → "104" at overview zoom, where the number is what people look for. */
function shortSection(name: string): string {
  const match = /(\d+[A-Z]?)$/.exec(name);
  return match?.[1] ?? name;
}

function drawPulses(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame) {
  const { index, palette } = scene;
  const { view, dpr, now } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const pulse of frame.pulses) {
    const seat = index.seats[pulse.seat];
    if (!seat) continue;
    const t = Math.min(1, (now - pulse.start) / PULSE_MS);
    const r = ((index.sizeOf[pulse.seat] ?? 0) * view.scale) / 2;
    const grow = frame.reducedMotion ? 1.5 : 1 + 1.6 * (1 - (1 - t) ** 2);
    ctx.globalAlpha = frame.reducedMotion ? (t < 0.8 ? 0.9 : 0) : (1 - t) * 0.9;
    ctx.strokeStyle = pulse.freed ? palette.pulseFreed : palette.pulseTaken;
    ctx.lineWidth = Math.max(1.5, Math.min(3, r * 0.35));
    ctx.beginPath();
    ctx.arc(seat.x * view.scale + view.x, seat.y * view.scale + view.y, Math.max(r * grow, 4 * grow), 0, TAU);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawRings(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame) {
  const { index, palette } = scene;
  const { view, dpr } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const ring = (i: number, colour: string, width: number, gap: number) => {
    const seat = index.seats[i];
    if (!seat) return;
    const r = Math.max(((index.sizeOf[i] ?? 0) * view.scale) / 2, 3);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(seat.x * view.scale + view.x, seat.y * view.scale + view.y, r + gap + width / 2, 0, TAU);
    ctx.stroke();
  };
  if (frame.hover !== null && frame.hover !== frame.focus) ring(frame.hover, palette.hover, 2, 1);
  if (frame.focus !== null && frame.focusVisible) {
    ring(frame.focus, "#ffffff", 2, 0.5);
    ring(frame.focus, palette.focus, 3, 2.5);
  }
}
