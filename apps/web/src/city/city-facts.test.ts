import { describe, expect, it } from "vitest";
import { countryName, currencyName, currencySymbol, localTime } from "./city-facts.ts";

describe("city facts", () => {
  it("names a country from its ISO code in the reader's language", () => {
    expect(countryName("IN", "en")).toBe("India");
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("de", "en")).toBe("Germany");
    expect(countryName("India", "de")).toBe("India"); // already a name: left alone
  });

  it("names a currency and its symbol", () => {
    expect(currencyName("INR", "en")).toBe("Indian Rupee");
    expect(currencySymbol("INR", "en")).toBe("₹");
    expect(currencySymbol("EUR", "de")).toBe("€");
  });

  it("tells the time in the city's zone, not the machine's", () => {
    const instant = new Date("2025-06-05T14:35:00Z");
    const mumbai = localTime(instant, "Asia/Kolkata", "en");
    expect(mumbai.time).toMatch(/^8:05\sPM$/i);
    expect(mumbai.zone).toBe("GMT+5:30");
    expect(mumbai.day).toBe("Thursday, June 5");
    const berlin = localTime(instant, "Europe/Berlin", "de");
    expect(berlin.time).toBe("16:35");
    expect(berlin.day).toBe("Donnerstag, 5. Juni");
  });
});
