/*
 * A page with nothing but the seat map, for the benchmark and the browser test:
 * ?hall=arena (5,100 seats, default) or ?hall=cinema.
 */
import { StrictMode, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { type DrawStats, SeatMap, type SeatMapHandle, type SeatMapTier } from "../src/index.ts";
import { applySeatDelta } from "../src/model/delta.ts";
import type { SeatDelta, SeatMap as SeatMapData } from "../src/model/types.ts";
import "../src/seatmap.css";
import { arena, cinema } from "../test/halls.ts";

performance.mark("seatmap:start");

interface HarnessState {
  draws: DrawStats[];
  firstFrameAt: number | null;
  selected: string[];
  rejected: string[];
  applyDelta(delta: SeatDelta): string;
  map(): SeatMapData;
  handle(): SeatMapHandle | null;
}

declare global {
  interface Window {
    harness: HarnessState;
  }
}

const hall = new URLSearchParams(location.search).get("hall") === "cinema" ? cinema() : arena();
const price = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" });
const formatPrice = (tier: SeatMapTier) => price.format(tier.price.amountMinor / 100);

const harness: HarnessState = {
  draws: [],
  firstFrameAt: null,
  selected: [],
  rejected: [],
  applyDelta: () => "not ready",
  map: () => hall.map,
  handle: () => null,
};
window.harness = harness;

function onDraw(stats: DrawStats) {
  harness.draws.push(stats);
  if (stats.first) {
    performance.mark("seatmap:first-frame");
    harness.firstFrameAt = performance.now();
  }
}

function Harness() {
  const [map, setMap] = useState(hall.map);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const handle = useRef<SeatMapHandle>(null);
  harness.map = () => map;
  harness.handle = () => handle.current;
  harness.applyDelta = (delta) => {
    const outcome = applySeatDelta(map, delta);
    if (outcome.kind === "applied") setMap(outcome.map);
    return outcome.kind;
  };
  return (
    <SeatMap
      ref={handle}
      className="map-inner"
      map={map}
      layout={hall.layout}
      selected={selected}
      maxSelectable={10}
      formatPrice={formatPrice}
      onToggle={(seat, select) => {
        const next = new Set(selected);
        if (select) next.add(seat.id);
        else next.delete(seat.id);
        harness.selected = [...next];
        setSelected(next);
        const chosen = document.getElementById("chosen");
        if (chosen) chosen.textContent = `${next.size} chosen`;
      }}
      onReject={(seat, reason) => harness.rejected.push(`${seat.label}:${reason}`)}
      onDraw={onDraw}
    />
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
createRoot(root).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
