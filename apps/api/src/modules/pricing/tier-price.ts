import { type Money, percentOf } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { type SQL, sql } from "drizzle-orm";

/** What a tier costs now: base price × dynamic multiplier, rounded half up to a minor unit. */
export function tierPriceMinor(tier: { priceMinor: number; multiplierBps: number }): number {
  return percentOf(tier.priceMinor, tier.multiplierBps);
}

export function tierPrice(tier: { priceMinor: number; multiplierBps: number; currency: string }): Money {
  return { amountMinor: tierPriceMinor(tier), currency: tier.currency };
}

/** The same rule in SQL (integer arithmetic; prices are never negative), for aggregates. */
export function tierPriceMinorSql(): SQL<number> {
  const { priceTiers } = schema;
  return sql<number>`((${priceTiers.priceMinor} * ${priceTiers.multiplierBps} + 5000) / 10000)`;
}
