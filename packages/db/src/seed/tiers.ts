import type { ShowFormat } from "../schema/enums.ts";
import type { HallPlan } from "./layouts.ts";

export interface TierSeed {
  code: string;
  name: string;
  color: string;
  /** Base price in minor units of the show's currency. */
  priceMinor: number;
}

type SeatedKind = "cinema" | "theatre" | "arena";

const SEATED_TIERS: Record<SeatedKind, Array<{ code: string; name: string; color: string }>> = {
  cinema: [
    { code: "RECLINER", name: "Recliner", color: "#7c3aed" },
    { code: "REGULAR", name: "Regular", color: "#2563eb" },
  ],
  theatre: [
    { code: "STALLS_PREMIUM", name: "Stalls Premium", color: "#b45309" },
    { code: "STALLS", name: "Stalls", color: "#2563eb" },
    { code: "CIRCLE", name: "Circle", color: "#059669" },
    { code: "BALCONY", name: "Balcony", color: "#db2777" },
  ],
  arena: [
    { code: "FLOOR", name: "Floor", color: "#b45309" },
    { code: "LOWER", name: "Lower Tier", color: "#2563eb" },
    { code: "UPPER", name: "Upper Tier", color: "#059669" },
  ],
};

/** Base prices by hall kind and currency, in minor units (JPY has none: 2600 is ¥2,600). */
const SEATED_PRICES: Record<SeatedKind, Record<string, Record<string, number>>> = {
  cinema: {
    INR: { RECLINER: 55_000, REGULAR: 28_000 },
    GBP: { RECLINER: 1_795, REGULAR: 1_295 },
    USD: { RECLINER: 2_295, REGULAR: 1_795 },
    EUR: { RECLINER: 1_490, REGULAR: 1_090 },
    JPY: { RECLINER: 2_600, REGULAR: 2_000 },
  },
  theatre: {
    INR: { STALLS_PREMIUM: 250_000, STALLS: 150_000, CIRCLE: 90_000, BALCONY: 50_000 },
    GBP: { STALLS_PREMIUM: 9_500, STALLS: 6_500, CIRCLE: 4_500, BALCONY: 2_500 },
    USD: { STALLS_PREMIUM: 14_900, STALLS: 9_900, CIRCLE: 6_900, BALCONY: 3_900 },
  },
  arena: {
    GBP: { FLOOR: 12_000, LOWER: 7_500, UPPER: 4_500 },
    USD: { FLOOR: 17_500, LOWER: 9_500, UPPER: 5_500 },
  },
};

export interface GeneralAdmissionTier extends TierSeed {
  capacity: number;
}

/** Standing venues sell fixed quotas; capacities add up to the hall's capacity. */
export const GA_TIERS: Record<string, GeneralAdmissionTier[]> = {
  "koramangala-comedy-cellar": [
    { code: "FRONT", name: "Front Tables", color: "#b45309", priceMinor: 119_900, capacity: 40 },
    { code: "GA", name: "General Admission", color: "#2563eb", priceMinor: 79_900, capacity: 140 },
  ],
  "spreeufer-club": [
    {
      code: "EARLY",
      name: "Early Entry (before midnight)",
      color: "#7c3aed",
      priceMinor: 2_200,
      capacity: 150,
    },
    { code: "GA", name: "General Admission", color: "#2563eb", priceMinor: 2_800, capacity: 300 },
  ],
  "marquee-live-studio": [
    { code: "STREAM", name: "Stream Pass", color: "#059669", priceMinor: 999, capacity: 9_500 },
    { code: "STREAM_PLUS", name: "Stream Pass + Replay", color: "#7c3aed", priceMinor: 1_499, capacity: 500 },
  ],
};

const FORMAT_PREMIUM: Record<ShowFormat, number> = { standard: 1, "2D": 1, "3D": 1.2, IMAX: 1.3, "4DX": 1.4 };

/** Prices end on a sensible step: ₹10, ¥100, or 50 minor units elsewhere. */
const ROUNDING_STEP: Record<string, number> = { INR: 1_000, JPY: 100 };

function roundPrice(minor: number, currency: string): number {
  const step = ROUNDING_STEP[currency] ?? 50;
  return Math.max(step, Math.round(minor / step) * step);
}

export function seatedTiers(
  kind: HallPlan["kind"],
  currency: string,
  options: { format: ShowFormat; priceFactor: number },
): TierSeed[] {
  if (kind !== "cinema" && kind !== "theatre" && kind !== "arena")
    throw new Error(`${kind} halls have no seats`);
  const prices = SEATED_PRICES[kind][currency];
  if (!prices) throw new Error(`no ${kind} prices in ${currency}`);
  return SEATED_TIERS[kind].map((tier) => {
    const base = prices[tier.code];
    if (base === undefined) throw new Error(`no ${currency} price for ${tier.code}`);
    const factor = FORMAT_PREMIUM[options.format] * options.priceFactor;
    // Round only when adjusted, so base prices keep their .95 / .99 endings.
    return { ...tier, priceMinor: factor === 1 ? base : roundPrice(base * factor, currency) };
  });
}
