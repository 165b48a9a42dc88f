import { z } from "zod";
import { money } from "./money-schema.ts";

export const seatStatuses = ["available", "held", "sold", "blocked"] as const;
export type SeatStatus = (typeof seatStatuses)[number];
export const salesChannels = ["web", "boxoffice", "kiosk"] as const;
export type SalesChannel = (typeof salesChannels)[number];

/** Hard cap on a single request's seat list; the per-order business limit is lower (config). */
const MAX_SEATS_IN_REQUEST = 50;

export const seatMapInput = z.object({ showId: z.uuid() });

export const seatMapTier = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  color: z.string().nullable(),
  /** What one ticket of this tier costs on the caller's channel, all in: tier price × multiplier + fees. */
  price: money,
  /** The fees included in `price`. */
  fees: money,
});

export const seatMapSeat = z.object({
  id: z.uuid(),
  label: z.string(),
  section: z.string(),
  row: z.string(),
  number: z.number().int(),
  x: z.number(),
  y: z.number(),
  tierId: z.uuid(),
  status: z.enum(seatStatuses),
  accessible: z.boolean(),
  wheelchair: z.boolean(),
  companion: z.boolean(),
  category: z.string(),
  aisleAfter: z.boolean(),
});
export type SeatMapSeat = z.infer<typeof seatMapSeat>;

export const generalAdmissionAvailability = z.object({
  quotaId: z.uuid(),
  tierId: z.uuid(),
  name: z.string(),
  available: z.number().int(),
});

export const seatMap = z.object({
  showId: z.uuid(),
  version: z.number().int(),
  tiers: z.array(seatMapTier),
  seats: z.array(seatMapSeat),
  generalAdmission: z.array(generalAdmissionAvailability),
});
export type SeatMap = z.infer<typeof seatMap>;

export const holdInput = z.union([
  z.strictObject({
    showId: z.uuid(),
    seatIds: z.array(z.uuid()).min(1).max(MAX_SEATS_IN_REQUEST),
  }),
  z.strictObject({
    showId: z.uuid(),
    tierId: z.uuid(),
    quantity: z.number().int().min(1).max(MAX_SEATS_IN_REQUEST),
  }),
]);
export type HoldInput = z.infer<typeof holdInput>;

export const holdResult = z.object({
  holdId: z.uuid(),
  showId: z.uuid(),
  expiresAt: z.date(),
  seatIds: z.array(z.uuid()),
  generalAdmission: z.array(z.object({ quotaId: z.uuid(), quantity: z.number().int() })),
  canExtend: z.boolean(),
});
export type HoldResult = z.infer<typeof holdResult>;

export const holdRef = z.object({ holdId: z.uuid() });

/** One versioned change of a show's seats, as published to seat-map watchers. */
export const seatDelta = z.object({
  showId: z.uuid(),
  version: z.number().int(),
  changes: z.array(z.object({ seatId: z.uuid(), status: z.enum(seatStatuses) })),
  generalAdmission: z.array(z.object({ quotaId: z.uuid(), available: z.number().int() })).optional(),
});
export type SeatDelta = z.infer<typeof seatDelta>;

// inventory.holdStatus: the buyer's own hold, for the checkout screen's countdown after a reload

export const holdStatuses = ["active", "released", "expired", "converted"] as const;
export type HoldStatus = (typeof holdStatuses)[number];

export const holdView = holdResult.extend({
  /** "converted" once paid for; an active hold past expiresAt is as good as expired. */
  status: z.enum(holdStatuses),
});
export type HoldView = z.infer<typeof holdView>;
