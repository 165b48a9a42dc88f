import type { Money } from "@marquee/contracts";

/** A tier's price now: base price × dynamic multiplier (basis points), to a whole minor unit. */
export function tierPrice(tier: { priceMinor: number; multiplierBps: number; currency: string }): Money {
  return {
    amountMinor: Math.round((tier.priceMinor * tier.multiplierBps) / 10_000),
    currency: tier.currency,
  };
}
