import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { SeatMapLegend } from "./Legend.tsx";
import { englishLabels, type SeatMapLabels } from "./labels.ts";
import { initialFocus, neighbour, otherSection, rowEdge } from "./model/navigation.ts";
import { buildSeatIndex, type SeatIndex, stageCentre } from "./model/seat-index.ts";
import { STATUS_AVAILABLE, sameLayout, statusCodes, statusName } from "./model/statuses.ts";
import {
  type Box,
  type HallLayout,
  type SeatMap as SeatMapData,
  type SeatMapSeat,
  type SeatMapTier,
  unionBox,
} from "./model/types.ts";
import { defaultPalette, type SeatMapPalette, tierColours } from "./render/palette.ts";
import { buildScene, sceneGeometry } from "./render/scene.ts";
import { type DrawStats, SeatMapView } from "./render/view.ts";

export type RejectReason = "unavailable" | "limit";

export interface SeatMapProps {
  map: SeatMapData;
  /** The hall's layout (stage, section outlines); without it the map shows seats only. */
  layout?: HallLayout | null;
  /** Ids of the chosen seats. The map is controlled: it asks through onToggle and shows what you pass. */
  selected: ReadonlySet<string>;
  onToggle(seat: SeatMapSeat, select: boolean): void;
  /** Called instead of onToggle for a seat that cannot be chosen: taken, or one too many. */
  onReject?(seat: SeatMapSeat, reason: RejectReason): void;
  maxSelectable?: number;
  /** A tier's price as text, all-in (fees included), in the buyer's language and currency. */
  formatPrice(tier: SeatMapTier): string;
  labels?: Partial<SeatMapLabels>;
  palette?: Partial<SeatMapPalette>;
  /** Where the legend goes: below the map (default), or nowhere. */
  legend?: "below" | "none";
  className?: string;
  /** Called after each frame is drawn (used by the benchmark). */
  onDraw?(stats: DrawStats): void;
  ref?: Ref<SeatMapHandle>;
}

/** What a parent can do to the map. */
export interface SeatMapHandle {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Brings these seats into view and makes the first the keyboard's current seat (e.g. after a best-available pick). */
  showSeats(seatIds: readonly string[]): void;
  /** Where a seat is drawn, in viewport (client) coordinates, or null if it is not in the map. */
  seatPosition(seatId: string): { x: number; y: number } | null;
}

/**
 * A seat map for thousands of seats: drawn on a canvas, zoomed and panned with wheel, pinch,
 * drag or buttons, and used from the keyboard and screen readers through a grid of the focused
 * row, so only one row of DOM cells exists at a time.
 */
export function SeatMap({
  map,
  layout = null,
  selected,
  onToggle,
  onReject,
  maxSelectable,
  formatPrice,
  labels: labelOverrides,
  palette: paletteOverrides,
  legend = "below",
  className = "",
  onDraw,
  ref,
}: SeatMapProps) {
  const labels = useMemo(() => ({ ...englishLabels, ...labelOverrides }), [labelOverrides]);
  const palette = useMemo(() => ({ ...defaultPalette, ...paletteOverrides }), [paletteOverrides]);
  const index = useSeatIndex(map, layout);
  const statuses = useMemo(() => statusCodes(index, map), [index, map]);
  const colours = useMemo(() => tierColours(map.tiers, palette), [map.tiers, palette]);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const faded = useMemo(
    () => new Set(highlighted ? map.tiers.filter((t) => t.id !== highlighted).map((t) => t.id) : []),
    [highlighted, map.tiers],
  );
  const stageLabel = layout ? labels.stage(layout.stage.kind, layout.stage.label) : "";
  const geometry = useMemo(() => sceneGeometry(index, layout), [index, layout]);
  const scene = useMemo(
    () =>
      buildScene(
        {
          index,
          statuses,
          selectedIds: selected,
          tiers: map.tiers,
          tierColour: colours,
          fadedTiers: faded,
          layout,
          stageLabel,
          palette,
        },
        geometry,
      ),
    [index, statuses, selected, map.tiers, colours, faded, layout, stageLabel, palette, geometry],
  );
  const content = useMemo(() => contentBounds(index, layout), [index, layout]);
  // Width over height of what is drawn: hosts can size the map to it (CSS aspect-ratio).
  const aspect = (content.maxX - content.minX) / Math.max(content.maxY - content.minY, 1e-6);

  const canvasRef = useRef<HTMLCanvasElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<SeatMapView | null>(null);
  const [zoomState, setZoomState] = useState({ canZoomIn: true, canZoomOut: false, fitted: true });
  const [hover, setHover] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const cells = useRef(new Map<number, HTMLDivElement>());

  // The latest props for the view's event handlers, which are bound once.
  const latest = useRef({ toggle: (_i: number) => {}, onDraw });
  const toggle = useCallback(
    (i: number) => {
      const seat = map.seats[i];
      if (!seat) return;
      if (selected.has(seat.id)) return onToggle(seat, false);
      if (statuses[i] !== STATUS_AVAILABLE) return onReject?.(seat, "unavailable");
      if (maxSelectable !== undefined && selected.size >= maxSelectable) return onReject?.(seat, "limit");
      onToggle(seat, true);
    },
    [map.seats, selected, statuses, maxSelectable, onToggle, onReject],
  );
  latest.current = { toggle, onDraw };

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const view = new SeatMapView(canvas, {
      onSeatTap(i) {
        setActive(i);
        latest.current.toggle(i);
      },
      onHover: setHover,
      onViewChange({ canZoomIn, canZoomOut, fitted }) {
        setZoomState((s) =>
          s.canZoomIn === canZoomIn && s.canZoomOut === canZoomOut && s.fitted === fitted
            ? s
            : { canZoomIn, canZoomOut, fitted },
        );
      },
      onDraw: (stats) => latest.current.onDraw?.(stats),
      bottomInset: () => (controlsRef.current?.offsetHeight ?? 0) + 16,
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useLayoutEffect(() => viewRef.current?.setScene(scene, content), [scene, content]);

  // A subtle ring on seats that change while you look: taken (orange) or freed (green).
  const previous = useRef<{ index: SeatIndex; statuses: Uint8Array } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { index, statuses };
    if (!before || before.index !== index) return;
    const changes: { seat: number; freed: boolean }[] = [];
    for (let i = 0; i < statuses.length && changes.length < 400; i++) {
      if (statuses[i] !== before.statuses[i])
        changes.push({ seat: i, freed: statuses[i] === STATUS_AVAILABLE });
    }
    if (changes.length > 0) viewRef.current?.pulse(changes);
  }, [index, statuses]);

  // Keyboard focus starts on a chosen seat, else a free seat near the middle.
  // Only where focus starts: later status or selection changes must not move it.
  const focusStart = useMemo(
    () => initialFocus(index, (i) => statuses[i] === STATUS_AVAILABLE, selected),
    [index],
  );
  const current = active !== null && active < index.seats.length ? active : focusStart;
  // A different hall (another show): the old current seat means nothing there.
  useEffect(() => setActive(null), [index]);

  useEffect(() => viewRef.current?.setFocus(current, focused), [current, focused]);

  useEffect(() => {
    if (!focused || current === null) return;
    const cell = cells.current.get(current);
    if (cell && document.activeElement !== cell) cell.focus({ preventScroll: true });
  }, [current, focused]);

  const moveTo = (i: number | null) => {
    if (i === null) return;
    setActive(i);
    viewRef.current?.reveal(i);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (current === null) return;
    const view = viewRef.current;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => moveTo(neighbour(index, current, "left")),
      ArrowRight: () => moveTo(neighbour(index, current, "right")),
      ArrowUp: () => moveTo(neighbour(index, current, "up")),
      ArrowDown: () => moveTo(neighbour(index, current, "down")),
      Home: () => moveTo(event.ctrlKey ? 0 : rowEdge(index, current, "start")),
      End: () => moveTo(event.ctrlKey ? index.seats.length - 1 : rowEdge(index, current, "end")),
      PageUp: () => moveTo(otherSection(index, current, -1)),
      PageDown: () => moveTo(otherSection(index, current, 1)),
      Enter: () => toggle(current),
      " ": () => toggle(current),
      "+": () => view?.zoom(1.5),
      "=": () => view?.zoom(1.5),
      "-": () => view?.zoom(1 / 1.5),
      _: () => view?.zoom(1 / 1.5),
      "0": () => view?.reset(),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => viewRef.current?.zoom(1.5),
      zoomOut: () => viewRef.current?.zoom(1 / 1.5),
      reset: () => viewRef.current?.reset(),
      showSeats(seatIds) {
        const found = seatIds.map((id) => index.byId.get(id)).filter((i): i is number => i !== undefined);
        const first = found[0];
        if (first === undefined) return;
        setActive(first);
        viewRef.current?.reveal(first);
      },
      seatPosition(seatId) {
        const i = index.byId.get(seatId);
        const at = i === undefined ? null : viewRef.current?.seatOnScreen(i);
        const box = canvasRef.current?.getBoundingClientRect();
        return at && box ? { x: box.left + at.x, y: box.top + at.y } : null;
      },
    }),
    [index],
  );

  const row = current === null ? undefined : index.rows[index.rowOf[current] ?? -1];
  const withSection = index.sections.length > 1;
  const tierById = useMemo(() => new Map(map.tiers.map((t) => [t.id, t])), [map.tiers]);
  const seatName = (i: number) => {
    const seat = map.seats[i] as SeatMapSeat;
    const tier = tierById.get(seat.tierId);
    return labels.seat({
      seat,
      tier,
      price: tier ? formatPrice(tier) : "",
      status: statusName(statuses[i] ?? 0),
      selected: selected.has(seat.id),
      withSection,
    });
  };

  const helpId = useId();
  const hovered = hover === null ? null : map.seats[hover];
  const hoverAt = hover === null ? null : viewRef.current?.seatOnScreen(hover);

  return (
    <div className={`msm ${className}`}>
      <div
        className="msm-stage"
        data-focused={focused || undefined}
        style={{ "--msm-content-aspect": aspect.toFixed(3) } as CSSProperties}
      >
        <canvas ref={canvasRef} className="msm-canvas" />
        <div className="msm-grid">
          {/* biome-ignore lint/a11y/useSemanticElements: an interactive ARIA grid with roving focus, not a data table */}
          <div
            role="grid"
            aria-label={labels.map}
            aria-describedby={helpId}
            aria-multiselectable="true"
            aria-rowcount={index.rows.length}
            aria-colcount={index.maxRowLength}
            onKeyDown={onKeyDown}
            onFocus={() => {
              if (!focused && current !== null) viewRef.current?.reveal(current);
              setFocused(true);
            }}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
            }}
          >
            {row && (
              // biome-ignore lint/a11y/useSemanticElements: a row of the ARIA grid above
              // biome-ignore lint/a11y/useFocusableInteractive: rows are not focusable in a grid whose cells are
              <div role="row" aria-rowindex={row.index + 1}>
                {row.seats.map((i, column) => {
                  const seat = map.seats[i];
                  if (!seat) return null;
                  const unavailable = statuses[i] !== STATUS_AVAILABLE && !selected.has(seat.id);
                  return (
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the grid handles keys for all its cells
                    // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA grid above
                    <div
                      key={seat.id}
                      ref={(element) => {
                        if (element) cells.current.set(i, element);
                        else cells.current.delete(i);
                      }}
                      role="gridcell"
                      aria-colindex={column + 1}
                      aria-selected={selected.has(seat.id)}
                      aria-disabled={unavailable || undefined}
                      aria-label={seatName(i)}
                      tabIndex={i === current ? 0 : -1}
                      onClick={() => toggle(i)}
                    />
                  );
                })}
              </div>
            )}
          </div>
        </div>
        <p id={helpId} className="msm-help">
          {labels.keyboardHelp}
        </p>
        {hovered && hoverAt && (
          <div
            className="msm-tooltip"
            aria-hidden="true"
            data-below={hoverAt.y < 90 || undefined}
            style={{
              left: hoverAt.x,
              top: hoverAt.y < 90 ? hoverAt.y + hoverAt.radius + 8 : hoverAt.y - hoverAt.radius - 8,
            }}
          >
            <Tooltip
              seat={hovered}
              tier={tierById.get(hovered.tierId)}
              status={statusName(statuses[hover ?? 0] ?? 0)}
              selected={selected.has(hovered.id)}
              labels={labels}
              formatPrice={formatPrice}
              colour={colours.get(hovered.tierId)}
            />
          </div>
        )}
        <div className="msm-controls" ref={controlsRef}>
          <ControlButton
            label={labels.zoomIn}
            disabled={!zoomState.canZoomIn}
            onClick={() => viewRef.current?.zoom(1.5)}
          >
            <path d="M12 6v12M6 12h12" />
          </ControlButton>
          <ControlButton
            label={labels.zoomOut}
            disabled={!zoomState.canZoomOut}
            onClick={() => viewRef.current?.zoom(1 / 1.5)}
          >
            <path d="M6 12h12" />
          </ControlButton>
          <ControlButton
            label={labels.resetView}
            disabled={zoomState.fitted}
            onClick={() => viewRef.current?.reset()}
          >
            <path d="M4.5 9V4.5H9M15 4.5h4.5V9M19.5 15v4.5H15M9 19.5H4.5V15" />
          </ControlButton>
        </div>
      </div>
      {legend === "below" && (
        <SeatMapLegend
          map={map}
          statuses={statuses}
          tierColour={colours}
          formatPrice={formatPrice}
          labels={labels}
          palette={palette}
          highlighted={highlighted}
          onHighlight={setHighlighted}
        />
      )}
    </div>
  );
}

function Tooltip({
  seat,
  tier,
  status,
  selected,
  labels,
  formatPrice,
  colour,
}: {
  seat: SeatMapSeat;
  tier: SeatMapTier | undefined;
  status: ReturnType<typeof statusName>;
  selected: boolean;
  labels: SeatMapLabels;
  formatPrice(tier: SeatMapTier): string;
  colour: string | undefined;
}) {
  const feature = seat.wheelchair
    ? labels.wheelchair
    : seat.companion
      ? labels.companion
      : seat.accessible
        ? labels.access
        : null;
  return (
    <>
      <span className="msm-tooltip-title">{labels.seatTitle(seat)}</span>
      {tier && (
        <span className="msm-tooltip-tier">
          <span className="msm-dot" style={{ background: colour }} />
          {tier.name} · <span translate="no">{formatPrice(tier)}</span>
        </span>
      )}
      {feature && <span className="msm-tooltip-note">{feature}</span>}
      {(selected || status !== "available") && (
        <span className="msm-tooltip-note">{selected ? labels.selected : labels.status[status]}</span>
      )}
    </>
  );
}

function ControlButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="msm-control"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {children}
      </svg>
    </button>
  );
}

/** One index per seat layout: a fresh snapshot with the same seats keeps the index (and the view). */
function useSeatIndex(map: SeatMapData, layout: HallLayout | null): SeatIndex {
  const cache = useRef<{ map: SeatMapData; layout: HallLayout | null; index: SeatIndex } | null>(null);
  const cached = cache.current;
  if (cached && cached.layout === layout && (cached.map === map || sameLayout(cached.map, map))) {
    cached.map = map;
    return cached.index;
  }
  const index = buildSeatIndex(map.seats, stageCentre(layout));
  cache.current = { map, layout, index };
  return index;
}

function contentBounds(index: SeatIndex, layout: HallLayout | null): Box {
  if (!layout) return index.bounds;
  const { stage } = layout;
  const margin = index.typicalSeatSize;
  const box = unionBox(index.bounds, {
    minX: stage.x,
    minY: stage.y,
    maxX: stage.x + stage.width,
    maxY: stage.y + stage.height + (stage.kind === "screen" ? 1.8 : 0),
  });
  return {
    minX: box.minX - margin,
    minY: box.minY - margin,
    maxX: box.maxX + margin,
    maxY: box.maxY + margin,
  };
}
