import { availabilityLevels, type EventListItem } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { seedDemoCatalog } from "@marquee/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

/* The catalog read path over the demo seed: every city, every page, every listed event. */

const NOW = new Date("2030-03-01T06:30:00Z");

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.set(NOW);
  await seedDemoCatalog(platform.db, { now: NOW, days: 3 });
}, 120_000);
afterAll(() => platform.close());

const localDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    at,
  );

async function listAll(cityId: string): Promise<EventListItem[]> {
  const items: EventListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await platform.caller().catalog.events({ cityId, limit: 5, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("catalog over the demo seed", () => {
  it("lists, details and prices every city's events consistently", async () => {
    const cities = await platform.caller().catalog.cities();
    expect(cities.length).toBeGreaterThan(0);
    const drafts = await platform.db
      .select({ id: schema.events.id })
      .from(schema.events)
      .where(eq(schema.events.status, "draft"));
    const draftIds = new Set(drafts.map((draft) => draft.id));
    let listed = 0;

    for (const city of cities) {
      const items = await listAll(city.id);
      listed += items.length;
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      const starts = items.map((item) => item.nextShowAt.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));

      for (const item of items) {
        expect(draftIds.has(item.id)).toBe(false);
        expect(item.showCount).toBeGreaterThan(0);
        expect(item.nextShowAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime());

        const event = await platform.caller().catalog.event({ eventId: item.id, cityId: city.id });
        const shows = event.venues.flatMap(({ venue, dates }) =>
          dates.flatMap(({ date, shows }) =>
            shows.map((show) => {
              expect(venue.cityId).toBe(city.id);
              expect(localDate(show.startsAt, venue.timeZone)).toBe(date);
              expect(availabilityLevels).toContain(show.availability);
              return show;
            }),
          ),
        );
        expect(shows.map((show) => show.startsAt.getTime())).toContain(item.nextShowAt.getTime());
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("describes a seeded show with its tiers", async () => {
    const [city] = await platform.caller().catalog.cities();
    const [first] = await listAll(city?.id ?? "");
    const event = await platform.caller().catalog.event({ eventId: first?.id ?? "" });
    const showId = event.venues[0]?.dates[0]?.shows[0]?.id ?? "";
    const show = await platform.caller().catalog.show({ showId });
    expect(show.event.id).toBe(first?.id);
    expect(show.tiers.length).toBeGreaterThan(0);
    for (const tier of show.tiers) expect(tier.price.currency).toBe(show.currency);
  });
});
