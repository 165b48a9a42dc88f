import { describe, expect, it } from "vitest";
import { parseCashAmount, quickTenders } from "./cash.ts";

describe("cash handed over", () => {
  it("reads amounts as cashiers type them, in minor units", () => {
    expect(parseCashAmount("500", "INR")).toBe(50_000);
    expect(parseCashAmount("500.5", "INR")).toBe(50_050);
    expect(parseCashAmount("1,000", "INR")).toBe(100_000);
    expect(parseCashAmount("1.000,50", "EUR")).toBe(100_050);
    expect(parseCashAmount("20,5", "EUR")).toBe(2_050);
    expect(parseCashAmount(" 2 000 ", "JPY")).toBe(2_000);
  });

  it("refuses what is not an amount of that currency", () => {
    expect(parseCashAmount("", "INR")).toBeNull();
    expect(parseCashAmount("abc", "INR")).toBeNull();
    expect(parseCashAmount("10.555", "INR")).toBeNull();
    expect(parseCashAmount("100.5", "JPY")).toBeNull();
    expect(parseCashAmount("-5", "INR")).toBeNull();
  });

  it("suggests the exact sum, then the round sums above it", () => {
    expect(quickTenders(47_250, "INR")).toEqual([47_250, 48_000, 50_000, 100_000]);
    expect(quickTenders(50_000, "INR")).toEqual([50_000, 100_000, 200_000]);
    expect(quickTenders(1_800, "JPY")).toEqual([1_800, 2_000]);
  });
});
