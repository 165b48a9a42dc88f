import type { ReactNode } from "react";
import type { SeatMapLabels } from "./labels.ts";
import { STATUS_AVAILABLE } from "./model/statuses.ts";
import type { SeatMap, SeatMapTier } from "./model/types.ts";
import { type GlyphName, glyphs } from "./render/glyphs.ts";
import type { SeatMapPalette } from "./render/palette.ts";

export interface SeatMapLegendProps {
  map: SeatMap;
  statuses: Uint8Array;
  tierColour: Map<string, string>;
  formatPrice(tier: SeatMapTier): string;
  labels: SeatMapLabels;
  palette: SeatMapPalette;
  highlighted: string | null;
  onHighlight(tierId: string | null): void;
}

/** Tier prices (each a toggle that highlights its seats) and a key to the marks on the map. */
export function SeatMapLegend({
  map,
  statuses,
  tierColour,
  formatPrice,
  labels,
  palette,
  highlighted,
  onHighlight,
}: SeatMapLegendProps) {
  const left = new Map<string, number>();
  const seatsPerTier = new Map<string, number>();
  map.seats.forEach((seat, i) => {
    seatsPerTier.set(seat.tierId, (seatsPerTier.get(seat.tierId) ?? 0) + 1);
    if (statuses[i] === STATUS_AVAILABLE) left.set(seat.tierId, (left.get(seat.tierId) ?? 0) + 1);
  });
  const tiers = map.tiers.filter((tier) => seatsPerTier.has(tier.id));
  const hasWheelchair = map.seats.some((seat) => seat.wheelchair);
  const hasCompanion = map.seats.some((seat) => seat.companion);
  const hasAccess = map.seats.some((seat) => seat.accessible && !seat.wheelchair && !seat.companion);

  return (
    <section className="msm-legend" aria-label={labels.legend}>
      <ul className="msm-tiers">
        {tiers.map((tier) => {
          const count = left.get(tier.id) ?? 0;
          const pressed = highlighted === tier.id;
          return (
            <li key={tier.id}>
              <button
                type="button"
                className="msm-tier"
                aria-pressed={pressed}
                title={labels.highlightTier(tier.name)}
                data-sold-out={count === 0 || undefined}
                onClick={() => onHighlight(pressed ? null : tier.id)}
              >
                <Swatch fill={tierColour.get(tier.id) ?? "#2563eb"} />
                <span className="msm-tier-text">
                  <span className="msm-tier-name">{tier.name}</span>
                  <span className="msm-tier-line">
                    <span className="msm-tier-price" translate="no">
                      {formatPrice(tier)}
                    </span>
                    <span className="msm-tier-left">{labels.seatsLeft(count)}</span>
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="msm-key">
        <KeyItem label={labels.selected}>
          <Swatch
            fill={palette.selected}
            ring={palette.selectedRing}
            glyph="check"
            mark={palette.selectedMark}
          />
        </KeyItem>
        <KeyItem label={labels.status.held}>
          <Swatch fill={palette.held} stroke={palette.sold} glyph="slash" mark={palette.heldMark} />
        </KeyItem>
        <KeyItem label={labels.status.sold}>
          <Swatch fill={palette.sold} glyph="cross" mark={palette.soldMark} />
        </KeyItem>
        <KeyItem label={labels.status.blocked}>
          <Swatch
            fill={palette.blocked}
            stroke={palette.blockedMark}
            glyph="dash"
            mark={palette.blockedMark}
          />
        </KeyItem>
        {hasWheelchair && (
          <KeyItem label={labels.wheelchair}>
            <Swatch fill={palette.rowLabel} glyph="wheelchair" mark={palette.onSeat} square />
          </KeyItem>
        )}
        {hasCompanion && (
          <KeyItem label={labels.companion}>
            <Swatch fill={palette.rowLabel} glyph="companion" mark={palette.onSeat} />
          </KeyItem>
        )}
        {hasAccess && (
          <KeyItem label={labels.access}>
            <Swatch fill={palette.rowLabel} glyph="access" mark={palette.onSeat} />
          </KeyItem>
        )}
      </ul>
    </section>
  );
}

function KeyItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li className="msm-key-item">
      {children}
      <span>{label}</span>
    </li>
  );
}

/** A seat as the map draws it, in SVG. */
export function Swatch({
  fill,
  stroke,
  ring,
  glyph,
  mark,
  square = false,
}: {
  fill: string;
  stroke?: string;
  ring?: string;
  glyph?: GlyphName;
  mark?: string;
  square?: boolean;
}) {
  return (
    <svg className="msm-swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {ring && <circle cx="12" cy="12" r="11" fill="none" stroke={ring} strokeWidth="2" />}
      {square ? (
        <rect x="2.5" y="2.5" width="19" height="19" rx="5" fill={fill} />
      ) : (
        <circle
          cx="12"
          cy="12"
          r={ring ? 8.6 : 9.5}
          fill={fill}
          stroke={stroke && stroke !== "none" ? stroke : undefined}
          strokeWidth={stroke ? 1.4 : undefined}
        />
      )}
      {glyph && (
        <path
          d={glyphs[glyph]}
          fill="none"
          stroke={mark}
          strokeWidth={glyph === "check" || glyph === "cross" ? 2.6 : 2.2}
          strokeLinecap="round"
          strokeLinejoin="round"
          transform={ring ? "translate(12 12) scale(0.85) translate(-12 -12)" : undefined}
        />
      )}
    </svg>
  );
}
