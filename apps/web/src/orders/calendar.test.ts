import { describe, expect, it } from "vitest";
import { icsFor } from "./calendar.ts";

describe("icsFor", () => {
  const ics = icsFor(
    {
      uid: "order-1@marquee",
      title: "Orbit of Glass; IMAX",
      startsAt: new Date("2030-03-01T14:00:00.000Z"),
      endsAt: new Date("2030-03-01T16:22:00.000Z"),
      location: "Marquee Cinemas, Lower Parel, Mumbai",
      description: "Booking ABC123\nSeats F11, F12",
    },
    new Date("2030-02-01T10:00:00.000Z"),
  );

  it("writes one event in UTC with escaped text and CRLF lines", () => {
    expect(ics).toContain("DTSTART:20300301T140000Z\r\n");
    expect(ics).toContain("DTEND:20300301T162200Z\r\n");
    expect(ics).toContain("SUMMARY:Orbit of Glass\\; IMAX\r\n");
    expect(ics).toContain("LOCATION:Marquee Cinemas\\, Lower Parel\\, Mumbai\r\n");
    expect(ics).toContain("DESCRIPTION:Booking ABC123\\nSeats F11\\, F12\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  });

  it("folds long lines", () => {
    const long = icsFor({
      uid: "x",
      title: "T".repeat(200),
      startsAt: new Date(0),
      endsAt: new Date(1),
      location: "",
      description: "",
    });
    for (const line of long.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
  });
});
