import { type Money, type PriceBreakdown, percentOf } from "@marquee/contracts";
import { type FeeTerms, ticketFeeMinor } from "../pricing/fees.ts";

export interface PriceableLine {
  seatId: string | null;
  label: string;
  tierId: string;
  tierName: string;
  gaQuotaId: string | null;
  unitPriceMinor: number;
  multiplierBps: number;
}

export interface PromoTerms {
  code: string;
  kind: "percent" | "fixed";
  percentBps: number | null;
  amountMinor: number | null;
}

export interface PricedLine extends PriceableLine {
  discountMinor: number;
  feeMinor: number;
  totalMinor: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  subtotalMinor: number;
  discountMinor: number;
  feesMinor: number;
  totalMinor: number;
}

/** Splits a whole amount over lines in proportion to their weights; the remainder goes to the last. */
function spread(amount: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((amount * w) / total));
  const remainder = amount - shares.reduce((a, b) => a + b, 0);
  if (shares.length > 0) shares[shares.length - 1] = (shares.at(-1) ?? 0) + remainder;
  return shares;
}

/**
 * The all-in price: tier price × multiplier − promo + fees. Fees are charged per ticket and as a
 * percentage of the discounted price; everything is whole minor units.
 */
export function priceOrder(lines: PriceableLine[], promo: PromoTerms | null, fees: FeeTerms[]): PricedOrder {
  const subtotalMinor = lines.reduce((sum, line) => sum + line.unitPriceMinor, 0);
  let discounts = lines.map(() => 0);
  if (promo?.kind === "percent")
    discounts = lines.map((line) => percentOf(line.unitPriceMinor, promo.percentBps ?? 0));
  if (promo?.kind === "fixed") {
    discounts = spread(
      Math.min(promo.amountMinor ?? 0, subtotalMinor),
      lines.map((line) => line.unitPriceMinor),
    );
  }
  const priced = lines.map((line, index) => {
    const discountMinor = discounts[index] ?? 0;
    const net = line.unitPriceMinor - discountMinor;
    const feeMinor = ticketFeeMinor(net, fees);
    return { ...line, discountMinor, feeMinor, totalMinor: net + feeMinor };
  });
  const sum = (pick: (line: PricedLine) => number) => priced.reduce((total, line) => total + pick(line), 0);
  return {
    lines: priced,
    subtotalMinor,
    discountMinor: sum((l) => l.discountMinor),
    feesMinor: sum((l) => l.feeMinor),
    totalMinor: sum((l) => l.totalMinor),
  };
}

export function breakdownOf(
  order: PricedOrder,
  currency: string,
  promo: { code: string; description: string } | null,
): PriceBreakdown {
  const money = (amountMinor: number): Money => ({ amountMinor, currency });
  return {
    currency,
    lines: order.lines.map((line) => ({
      seatId: line.seatId,
      label: line.label,
      tierName: line.tierName,
      unitPrice: money(line.unitPriceMinor),
      discount: money(line.discountMinor),
      fee: money(line.feeMinor),
      total: money(line.totalMinor),
    })),
    subtotal: money(order.subtotalMinor),
    discount: money(order.discountMinor),
    fees: money(order.feesMinor),
    total: money(order.totalMinor),
    promo,
  };
}
