import { percentOf } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { type SQL, sql } from "drizzle-orm";

const { priceTiers } = schema;

/** What a tier costs now: base price × dynamic multiplier, rounded half up to a minor unit. */
export function tierPriceMinor(tier: { priceMinor: number; multiplierBps: number }): number {
  return percentOf(tier.priceMinor, tier.multiplierBps);
}

/** The same rule in SQL (integer arithmetic; prices are never negative), for aggregates. */
export function tierPriceMinorSql(): SQL<number> {
  return sql<number>`((${priceTiers.priceMinor} * ${priceTiers.multiplierBps} + 5000) / 10000)`;
}
