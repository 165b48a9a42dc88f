import { seatAt } from "../model/hit-test.ts";
import type { Box, Point } from "../model/types.ts";
import {
  centreOn,
  clampViewport,
  ensureVisible,
  fitViewport,
  type Insets,
  interpolateViewport,
  type Size,
  toHall,
  toScreen,
  type Viewport,
  type ZoomLimits,
  zoomAt,
  zoomLimits,
} from "../model/viewport.ts";
import { DETAIL, drawFrame, PULSE_MS, type Pulse } from "./draw.ts";
import type { Scene } from "./scene.ts";

export interface DrawStats {
  /** Time spent drawing this frame, in milliseconds. */
  ms: number;
  seats: number;
  first: boolean;
}

export interface ViewEvents {
  /** A tap or click on a seat (never fired for a drag or a pinch). */
  onSeatTap(seat: number): void;
  /** The seat under the mouse changed (never fired for touch). */
  onHover(seat: number | null): void;
  /** After the viewport changed (zoom, pan, resize). */
  onViewChange(state: { canZoomIn: boolean; canZoomOut: boolean; fitted: boolean }): void;
  onDraw?(stats: DrawStats): void;
  /** Pixels to keep clear along the bottom when fitting the hall (where the zoom buttons are). */
  bottomInset?(): number;
}

/** Seats are this big on screen after tapping an overview or moving there by keyboard. */
const COMFORTABLE_SEAT_PX = 22;
const TRANSITION_MS = 240;
const MAX_DPR = 2;

interface PointerTrack {
  x: number;
  y: number;
  type: string;
}

/**
 * Owns the canvas: its size, the viewport, gestures (drag, pinch, wheel, tap) and the drawing
 * loop. Draws only when something changed, at most once per animation frame.
 */
export class SeatMapView {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly resizeObserver: ResizeObserver;
  private readonly motionQuery: MediaQueryList | null;
  private scene: Scene | null = null;
  private content: Box = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  private size: Size = { width: 0, height: 0 };
  private dpr = 1;
  private view: Viewport = { scale: 1, x: 0, y: 0 };
  private fitScale = 1;
  private limits: ZoomLimits = { min: 0.1, max: 10 };
  private userMoved = false;
  private transition: { from: Viewport; to: Viewport; start: number } | null = null;
  private focus: number | null = null;
  private focusVisible = false;
  private hover: number | null = null;
  private pulses: Pulse[] = [];
  private frameRequest = 0;
  private drawnOnce = false;
  private readonly pointers = new Map<number, PointerTrack>();
  private gesture: { startX: number; startY: number; moved: boolean; multi: boolean } | null = null;
  private pinch: { distance: number; mid: Point } | null = null;
  private announced: { canZoomIn: boolean; canZoomOut: boolean; fitted: boolean } | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly events: ViewEvents,
  ) {
    const ctx = canvas.getContext("2d", { alpha: true });
    if (!ctx) throw new Error("no 2D canvas context");
    this.ctx = ctx;
    this.motionQuery = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)") ?? null;
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(canvas);
    canvas.addEventListener("pointerdown", this.onPointerDown);
    canvas.addEventListener("pointermove", this.onPointerMove);
    canvas.addEventListener("pointerup", this.onPointerUp);
    canvas.addEventListener("pointercancel", this.onPointerCancel);
    canvas.addEventListener("pointerleave", this.onPointerLeave);
    canvas.addEventListener("wheel", this.onWheel, { passive: false });
    this.measure();
  }

  destroy() {
    cancelAnimationFrame(this.frameRequest);
    this.resizeObserver.disconnect();
    this.canvas.removeEventListener("pointerdown", this.onPointerDown);
    this.canvas.removeEventListener("pointermove", this.onPointerMove);
    this.canvas.removeEventListener("pointerup", this.onPointerUp);
    this.canvas.removeEventListener("pointercancel", this.onPointerCancel);
    this.canvas.removeEventListener("pointerleave", this.onPointerLeave);
    this.canvas.removeEventListener("wheel", this.onWheel);
  }

  setScene(scene: Scene, content: Box) {
    const layoutChanged = this.scene?.index !== scene.index;
    this.scene = scene;
    if (layoutChanged) {
      this.content = content;
      this.userMoved = false;
      this.refit();
    }
    this.invalidate();
  }

  setFocus(seat: number | null, visible: boolean) {
    if (seat === this.focus && visible === this.focusVisible) return;
    this.focus = seat;
    this.focusVisible = visible;
    this.invalidate();
  }

  setHover(seat: number | null) {
    if (seat === this.hover) return;
    this.hover = seat;
    this.canvas.dataset.hovering = seat === null ? "false" : "true";
    this.events.onHover(seat);
    this.invalidate();
  }

  /** Marks seats that just changed status with a short ring. */
  pulse(changes: { seat: number; freed: boolean }[]) {
    const start = performance.now();
    for (const change of changes) this.pulses.push({ ...change, start });
    this.invalidate();
  }

  zoom(factor: number) {
    const anchor = { x: this.size.width / 2, y: this.size.height / 2 };
    this.moveTo(zoomAt(this.target(), factor, anchor, this.limits), true);
  }

  reset() {
    this.userMoved = false;
    this.moveTo(fitViewport(this.content, this.size, this.padding()), true, false);
  }

  /** Brings a seat into view for keyboard users, zooming in first if seats are too small to see. */
  reveal(seat: number) {
    const at = this.scene?.index.seats[seat];
    if (!at || this.size.width === 0) return;
    const current = this.target();
    const seatPx = this.seatPx(current);
    if (seatPx < DETAIL.marks) {
      this.moveTo(centreOn(this.comfortableScale(), at, this.size), true);
      return;
    }
    const next = ensureVisible(current, at, this.size, Math.min(72, this.size.width / 5));
    if (next !== current) this.moveTo(next, true);
  }

  /** Screen position of a seat's centre and its radius on screen, e.g. to place a tooltip. */
  seatOnScreen(seat: number): { x: number; y: number; radius: number } | null {
    const at = this.scene?.index.seats[seat];
    if (!at) return null;
    const point = toScreen(this.view, at);
    return { ...point, radius: ((this.scene?.index.sizeOf[seat] ?? 0) * this.view.scale) / 2 };
  }

  // drawing

  private invalidate() {
    if (this.frameRequest || this.size.width === 0) return;
    this.frameRequest = requestAnimationFrame(this.frame);
  }

  private readonly frame = (now: number) => {
    this.frameRequest = 0;
    const scene = this.scene;
    if (!scene) return;
    if (this.transition) {
      const t = Math.min(1, (now - this.transition.start) / TRANSITION_MS);
      this.view = interpolateViewport(this.transition.from, this.transition.to, t, this.size);
      if (t >= 1) {
        this.view = this.transition.to;
        this.transition = null;
      }
      this.announceView();
    }
    this.pulses = this.pulses.filter((p) => now - p.start < PULSE_MS);
    const started = performance.now();
    const seats = drawFrame(this.ctx, scene, {
      view: this.view,
      size: this.size,
      dpr: this.dpr,
      focus: this.focus,
      focusVisible: this.focusVisible,
      hover: this.hover,
      pulses: this.pulses,
      now,
      reducedMotion: this.motionQuery?.matches ?? false,
    });
    this.events.onDraw?.({ ms: performance.now() - started, seats, first: !this.drawnOnce });
    this.drawnOnce = true;
    if (this.transition || this.pulses.length > 0) this.invalidate();
  };

  // viewport

  private padding(): Insets {
    const edge = Math.min(24, this.size.width * 0.04);
    const bottom = Math.max(edge, this.events.bottomInset?.() ?? 0);
    // Never give up more than a quarter of a short map to the inset.
    return { top: edge, right: edge, bottom: Math.min(bottom, this.size.height / 4), left: edge };
  }

  private measure() {
    const rect = this.canvas.getBoundingClientRect();
    const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
    const dpr = Math.min(globalThis.devicePixelRatio || 1, MAX_DPR);
    if (size.width === this.size.width && size.height === this.size.height && dpr === this.dpr) return;
    const before = this.size;
    this.size = size;
    this.dpr = dpr;
    this.canvas.width = Math.max(1, Math.round(size.width * dpr));
    this.canvas.height = Math.max(1, Math.round(size.height * dpr));
    if (this.userMoved && before.width > 0) {
      // Keep what was in the middle in the middle, at the same zoom relative to the whole hall.
      const middle = toHall(this.view, { x: before.width / 2, y: before.height / 2 });
      const relative = this.view.scale / this.fitScale;
      this.refit();
      this.view = this.clamp(centreOn(this.fitScale * relative, middle, size));
      this.announceView();
    } else {
      this.refit();
    }
    this.invalidate();
  }

  private refit() {
    if (this.size.width === 0 || !this.scene) return;
    const fitted = fitViewport(this.content, this.size, this.padding());
    this.fitScale = fitted.scale;
    this.limits = zoomLimits(fitted.scale, this.scene.index.typicalSeatSize);
    if (!this.userMoved) {
      this.transition = null;
      this.view = fitted;
    }
    this.announceView();
  }

  private comfortableScale() {
    const size = this.scene?.index.typicalSeatSize ?? 1;
    return Math.min(this.limits.max, Math.max(COMFORTABLE_SEAT_PX / size, this.fitScale));
  }

  private seatPx(view = this.view) {
    return (this.scene?.index.typicalSeatSize ?? 1) * view.scale;
  }

  /** Where the view is heading: the end of a running transition, else where it is. */
  private target(): Viewport {
    return this.transition?.to ?? this.view;
  }

  private clamp(view: Viewport): Viewport {
    return clampViewport(view, this.content, this.size);
  }

  private moveTo(next: Viewport, animate: boolean, byUser = true) {
    const to = this.clamp(next);
    if (byUser) this.userMoved = true;
    const reduced = this.motionQuery?.matches ?? false;
    if (animate && !reduced) {
      this.transition = { from: this.view, to, start: performance.now() };
    } else {
      this.transition = null;
      this.view = to;
    }
    this.announceView();
    this.invalidate();
  }

  /** Tells the owner about zoom changes that matter to its controls, and only those. */
  private announceView() {
    const target = this.target();
    const state = {
      canZoomIn: target.scale < this.limits.max * 0.999,
      canZoomOut: target.scale > this.limits.min * 1.001,
      fitted: !this.userMoved,
    };
    const last = this.announced;
    if (
      last &&
      last.canZoomIn === state.canZoomIn &&
      last.canZoomOut === state.canZoomOut &&
      last.fitted === state.fitted
    )
      return;
    this.announced = state;
    this.events.onViewChange(state);
  }

  // gestures

  private local(event: PointerEvent | WheelEvent): Point {
    const rect = this.canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    const at = this.local(event);
    this.canvas.setPointerCapture?.(event.pointerId);
    this.pointers.set(event.pointerId, { ...at, type: event.pointerType });
    this.transition = null;
    if (this.pointers.size === 1) {
      this.gesture = { startX: at.x, startY: at.y, moved: false, multi: false };
    } else if (this.pointers.size === 2) {
      if (this.gesture) this.gesture.multi = true;
      this.pinch = this.pinchState();
    }
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    const at = this.local(event);
    const track = this.pointers.get(event.pointerId);
    if (!track) {
      if (event.pointerType === "mouse") this.hoverAt(at);
      return;
    }
    event.preventDefault();
    const dx = at.x - track.x;
    const dy = at.y - track.y;
    track.x = at.x;
    track.y = at.y;
    if (this.pointers.size >= 2 && this.pinch) {
      const next = this.pinchState();
      if (next && next.distance > 0) {
        let view = zoomAt(this.view, next.distance / this.pinch.distance, next.mid, this.limits);
        view = {
          ...view,
          x: view.x + next.mid.x - this.pinch.mid.x,
          y: view.y + next.mid.y - this.pinch.mid.y,
        };
        this.pinch = next;
        this.moveTo(view, false);
      }
      return;
    }
    const gesture = this.gesture;
    if (!gesture) return;
    const threshold = track.type === "mouse" ? 4 : 9;
    if (!gesture.moved && Math.hypot(at.x - gesture.startX, at.y - gesture.startY) > threshold) {
      gesture.moved = true;
      this.canvas.dataset.dragging = "true";
      this.setHover(null);
    }
    if (gesture.moved) this.moveTo({ ...this.view, x: this.view.x + dx, y: this.view.y + dy }, false);
  };

  private readonly onPointerUp = (event: PointerEvent) => {
    const track = this.pointers.get(event.pointerId);
    this.pointers.delete(event.pointerId);
    if (this.pointers.size === 1) {
      this.pinch = null; // one finger left after a pinch: carry on as a drag, never a tap
      return;
    }
    if (this.pointers.size > 0) {
      this.pinch = this.pinchState();
      return;
    }
    const gesture = this.gesture;
    this.gesture = null;
    delete this.canvas.dataset.dragging;
    if (!track || !gesture || gesture.moved || gesture.multi) return;
    this.tapAt(this.local(event), track.type);
  };

  private readonly onPointerCancel = (event: PointerEvent) => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size === 0) {
      this.gesture = null;
      this.pinch = null;
      delete this.canvas.dataset.dragging;
    }
  };

  private readonly onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType === "mouse" && this.pointers.size === 0) this.setHover(null);
  };

  private readonly onWheel = (event: WheelEvent) => {
    event.preventDefault();
    this.setHover(null);
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.size.height : 1;
    // Trackpad pinches arrive as wheel events with ctrlKey and small deltas.
    const factor = Math.exp(-event.deltaY * unit * (event.ctrlKey ? 0.01 : 0.0022));
    this.moveTo(zoomAt(this.target(), factor, this.local(event), this.limits), false);
  };

  private pinchState(): { distance: number; mid: Point } | null {
    const [a, b] = [...this.pointers.values()];
    if (!a || !b) return null;
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }

  private tapAt(at: Point, pointerType: string) {
    const scene = this.scene;
    if (!scene) return;
    if (this.seatPx() < DETAIL.circles) {
      // Seats are specks at this zoom: a tap means "show me this part of the hall".
      this.moveTo(centreOn(this.comfortableScale(), toHall(this.view, at), this.size), true);
      return;
    }
    const slack = (pointerType === "mouse" ? 2 : 8) / this.view.scale;
    const seat = seatAt(scene.index, toHall(this.view, at), slack);
    if (seat !== null) this.events.onSeatTap(seat);
  }

  private hoverAt(at: Point) {
    const scene = this.scene;
    if (!scene || this.seatPx() < DETAIL.circles) return this.setHover(null);
    this.setHover(seatAt(scene.index, toHall(this.view, at), 1 / this.view.scale));
  }
}
