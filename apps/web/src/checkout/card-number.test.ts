import { describe, expect, it } from "vitest";
import { cardDigits, formatCardNumber, luhnValid, remaining, testCards } from "./card-number.ts";

describe("card number entry", () => {
  it("keeps digits and groups them in fours", () => {
    expect(cardDigits("4242-4242 4242x4242")).toBe("4242424242424242");
    expect(formatCardNumber("42424242424")).toBe("4242 4242 424");
  });

  it("checks the Luhn sum", () => {
    for (const card of testCards) expect(luhnValid(cardDigits(card.number))).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("4242")).toBe(false);
  });
});

describe("remaining", () => {
  it("counts down in minutes and seconds and stops at zero", () => {
    const deadline = new Date(100_000);
    expect(remaining(deadline, 100_000 - 61_500).label).toBe("1:02");
    expect(remaining(deadline, 100_000 - 9_000).label).toBe("0:09");
    expect(remaining(deadline, 200_000)).toEqual({ ms: 0, label: "0:00" });
  });
});
