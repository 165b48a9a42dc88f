export { applySeatDelta, changedSeats, type DeltaOutcome } from "./delta.ts";
export { seatAt, seatsIn } from "./hit-test.ts";
export { type Direction, initialFocus, neighbour, otherSection, rowEdge } from "./navigation.ts";
export {
  buildSeatIndex,
  forEachSeatNear,
  type SeatIndex,
  type SeatRow,
  type SeatSection,
  type SpatialGrid,
  stageCentre,
} from "./seat-index.ts";
export {
  STATUS_AVAILABLE,
  STATUS_BLOCKED,
  STATUS_HELD,
  STATUS_SOLD,
  sameLayout,
  statusCodes,
  statusName,
  type TierAvailability,
  tierAvailability,
} from "./statuses.ts";
export type {
  Box,
  HallLayout,
  Point,
  SeatDelta,
  SeatMap,
  SeatMapSeat,
  SeatMapTier,
  SeatStatus,
} from "./types.ts";
export {
  centreOn,
  clamp,
  clampViewport,
  ensureVisible,
  fitViewport,
  type Insets,
  interpolateViewport,
  panBy,
  type Size,
  toHall,
  toScreen,
  type Viewport,
  visibleHall,
  type ZoomLimits,
  zoomAt,
  zoomLimits,
} from "./viewport.ts";
