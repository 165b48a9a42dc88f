import type { EventListItem } from "@marquee/contracts";
import { describe, expect, it } from "vitest";
import { comingSoon, homeRails } from "./listings.ts";

const now = new Date("2030-03-01T10:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const item = (
  title: string,
  kind: EventListItem["kind"],
  nextShowAt: Date,
  showCount = 1,
): EventListItem => ({
  id: title,
  slug: title,
  title,
  kind,
  tagline: null,
  genres: [],
  languages: [],
  durationMinutes: null,
  certification: null,
  posterUrl: null,
  nextShowAt,
  showCount,
  priceFrom: null,
});

describe("home rails", () => {
  const items = [
    item("film today", "movie", inDays(0.2), 3),
    item("play tomorrow", "play", inDays(1), 9),
    item("film next month", "movie", inDays(20), 5),
    item("gig in 8 days", "concert", inDays(8)),
  ];

  it("puts this week's films and other events in their own rails", () => {
    const rails = homeRails(items, now);
    expect(rails.nowShowing.map((i) => i.title)).toEqual(["film today"]);
    expect(rails.thisWeek.map((i) => i.title)).toEqual(["play tomorrow"]);
  });

  it("ranks trending by the number of shows", () => {
    expect(
      homeRails(items, now)
        .trending.map((i) => i.title)
        .slice(0, 2),
    ).toEqual(["play tomorrow", "film next month"]);
  });

  it("calls what starts after a week coming soon", () => {
    expect(comingSoon(items, now).map((i) => i.title)).toEqual(["film next month", "gig in 8 days"]);
  });
});
