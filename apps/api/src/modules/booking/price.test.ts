import { describe, expect, it } from "vitest";
import { type PriceableLine, priceOrder } from "./price.ts";

const line = (unitPriceMinor: number, id: string): PriceableLine => ({
  seatId: id,
  label: id,
  tierId: "t",
  tierName: "Gold",
  gaQuotaId: null,
  unitPriceMinor,
  multiplierBps: 10_000,
});

describe("priceOrder", () => {
  it("adds per-ticket and percentage fees to the tier price", () => {
    const order = priceOrder([line(45_000, "F1"), line(45_000, "F2")], null, [
      { kind: "per_ticket", amountMinor: 3_000, percentBps: null },
      { kind: "percent", amountMinor: null, percentBps: 200 },
    ]);
    expect(order.subtotalMinor).toBe(90_000);
    expect(order.feesMinor).toBe(2 * (3_000 + 900));
    expect(order.totalMinor).toBe(90_000 + 7_800);
  });

  it("takes a percentage promo off each ticket before percentage fees", () => {
    const order = priceOrder(
      [line(10_000, "A1")],
      { code: "P", kind: "percent", percentBps: 2_500, amountMinor: null },
      [{ kind: "percent", amountMinor: null, percentBps: 1_000 }],
    );
    expect(order.discountMinor).toBe(2_500);
    expect(order.feesMinor).toBe(750);
    expect(order.totalMinor).toBe(8_250);
  });

  it("spreads a fixed promo over the tickets without losing a minor unit, never below zero", () => {
    const order = priceOrder(
      [line(333, "A"), line(333, "B"), line(334, "C")],
      { code: "F", kind: "fixed", percentBps: null, amountMinor: 100 },
      [],
    );
    expect(order.discountMinor).toBe(100);
    expect(order.lines.map((l) => l.discountMinor).reduce((a, b) => a + b)).toBe(100);
    const capped = priceOrder(
      [line(50, "A")],
      { code: "F", kind: "fixed", percentBps: null, amountMinor: 100 },
      [],
    );
    expect(capped.totalMinor).toBe(0);
  });
});
