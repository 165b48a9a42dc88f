import { describe, expect, it } from "vitest";
import {
  dateParts,
  formatDateKey,
  formatDuration,
  formatTime,
  languageName,
  localDateKey,
  relativeDay,
} from "./show-time.ts";

describe("show times", () => {
  const lateEvening = new Date("2030-03-01T18:45:00Z"); // 00:15 on 2 March in Mumbai

  it("takes the calendar date in the venue's zone, not the device's", () => {
    expect(localDateKey(lateEvening, "Asia/Kolkata")).toBe("2030-03-02");
    expect(localDateKey(lateEvening, "Europe/London")).toBe("2030-03-01");
  });

  it("tells the time in the venue's zone in the reader's language", () => {
    expect(formatTime(lateEvening, "Asia/Kolkata", "en")).toMatch(/^12:15\sAM$/);
    expect(formatTime(lateEvening, "Europe/Berlin", "de")).toBe("19:45");
  });

  it("calls today and tomorrow by name from the venue's point of view", () => {
    const now = new Date("2030-03-01T10:00:00Z");
    expect(relativeDay(new Date("2030-03-01T14:00:00Z"), now, "Asia/Kolkata")).toBe("today");
    expect(relativeDay(lateEvening, now, "Asia/Kolkata")).toBe("tomorrow");
    expect(relativeDay(lateEvening, now, "Europe/London")).toBe("today");
    expect(relativeDay(new Date("2030-03-05T10:00:00Z"), now, "UTC")).toBeNull();
  });

  it("names a calendar date without shifting it", () => {
    expect(formatDateKey("2030-03-02", "en")).toBe("Sat, Mar 2");
    expect(formatDateKey("2030-03-02", "de", "long")).toBe("Samstag, 2. März");
  });

  it("splits a date for a date chip", () => {
    expect(dateParts("2030-03-02", "en")).toEqual({ weekday: "Sat", day: "2", month: "Mar" });
    expect(dateParts("2030-03-02", "de")).toEqual({ weekday: "Sa", day: "2", month: "Mär" });
  });

  it("formats durations and language names", () => {
    expect(formatDuration(142, "en")).toBe("2h 22m");
    expect(formatDuration(45, "en")).toBe("45m");
    expect(languageName("hi", "en")).toBe("Hindi");
    expect(languageName("en", "de")).toBe("Englisch");
  });
});
