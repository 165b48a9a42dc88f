import { describe, expect, it } from "vitest";
import { dateWindowRange, startOfDay } from "./date-window.ts";

describe("date windows", () => {
  it("finds midnight in the venue's zone, across daylight saving changes", () => {
    expect(startOfDay("2030-03-02", "Asia/Kolkata").toISOString()).toBe("2030-03-01T18:30:00.000Z");
    expect(startOfDay("2030-03-31", "Europe/Berlin").toISOString()).toBe("2030-03-30T23:00:00.000Z");
    expect(startOfDay("2030-04-01", "Europe/Berlin").toISOString()).toBe("2030-03-31T22:00:00.000Z");
  });

  const wednesday = new Date("2030-03-06T08:00:00Z"); // 13:30 in Mumbai

  it("means the rest of today, or all of tomorrow", () => {
    expect(dateWindowRange("today", wednesday, "Asia/Kolkata")).toEqual({
      from: wednesday,
      to: new Date("2030-03-06T18:30:00Z"),
    });
    expect(dateWindowRange("tomorrow", wednesday, "Asia/Kolkata")).toEqual({
      from: new Date("2030-03-06T18:30:00Z"),
      to: new Date("2030-03-07T18:30:00Z"),
    });
    expect(dateWindowRange("any", wednesday, "Asia/Kolkata")).toBeUndefined();
  });

  it("means the coming Saturday and Sunday, or what is left of this weekend", () => {
    expect(dateWindowRange("weekend", wednesday, "UTC")).toEqual({
      from: new Date("2030-03-09T00:00:00Z"),
      to: new Date("2030-03-11T00:00:00Z"),
    });
    const sunday = new Date("2030-03-10T15:00:00Z");
    expect(dateWindowRange("weekend", sunday, "UTC")).toEqual({
      from: sunday,
      to: new Date("2030-03-11T00:00:00Z"),
    });
  });
});
