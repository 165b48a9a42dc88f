import { describe, expect, it } from "vitest";
import { timeAgo } from "./last-active.ts";

const now = new Date("2025-03-10T12:00:00Z");
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("timeAgo", () => {
  it("is null within the last minute", () => {
    expect(timeAgo(before(30), now, "en")).toBeNull();
    expect(timeAgo(before(-5), now, "en")).toBeNull(); // a clock a little ahead
  });

  it("uses the largest whole unit", () => {
    expect(timeAgo(before(5 * 60), now, "en")).toBe("5 minutes ago");
    expect(timeAgo(before(3 * 3600 + 59 * 60), now, "en")).toBe("3 hours ago");
    expect(timeAgo(before(86_400), now, "en")).toBe("yesterday");
    expect(timeAgo(before(15 * 86_400), now, "en")).toBe("2 weeks ago");
  });

  it("speaks the reader's language", () => {
    expect(timeAgo(before(2 * 86_400), now, "de")).toBe("vorgestern");
    expect(timeAgo(before(10 * 60), now, "de")).toBe("vor 10 Minuten");
    expect(timeAgo(before(10 * 60), now, "hi")).toBe("10 मिनट पहले");
  });
});
