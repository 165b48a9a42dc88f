import { schema } from "@marquee/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import {
  createCity,
  createEvent,
  createOrganization,
  createShow,
  createVenueWithHall,
  holdSeats,
  hoursFrom,
  sellSeats,
  type VenueWithHall,
} from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

const NOW = new Date("2030-03-01T06:30:00Z"); // 12:00 in Mumbai, 01:30 in New York

let platform: TestPlatform;
let mumbaiId: string;
let mumbaiA: VenueWithHall; // "Alpha Cinema"
let mumbaiB: VenueWithHall; // "Bravo Theatre"
let newYork: VenueWithHall;
let eventId: string;
const showIds: Record<string, string> = {};

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.set(NOW);
  const db = platform.db;
  const org = await createOrganization(db);
  const mumbai = await createCity(db, { name: "Mumbai" });
  mumbaiId = mumbai.id;
  const nyc = await createCity(db, {
    name: "New York",
    country: "US",
    timeZone: "America/New_York",
    currency: "USD",
  });
  mumbaiA = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: mumbai.id,
    rows: 2,
    seatsPerRow: 4,
    venue: { name: "Alpha Cinema" },
    hall: { name: "Audi 2" },
  });
  mumbaiB = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: mumbai.id,
    rows: 2,
    seatsPerRow: 4,
    venue: { name: "Bravo Theatre" },
  });
  newYork = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: nyc.id,
    rows: 2,
    seatsPerRow: 4,
    venue: { name: "Charlie Hall", timeZone: "America/New_York", lat: 40.75, lng: -73.99 },
  });

  const event = await createEvent(db, {
    organizationId: org.id,
    title: "Monsoon Nights",
    tagline: "Rain, again",
    description: "A long story.",
    genres: ["Drama"],
    languages: ["hi", "en"],
    certification: "UA",
    cast: [{ name: "A. Actor", role: "Lead", kind: "cast" }],
    posterUrl: "https://img.example/poster.jpg",
    bannerUrl: "https://img.example/banner.jpg",
    media: [{ kind: "video", url: "https://video.example/trailer" }],
    releaseDate: "2030-02-14",
  });
  eventId = event.id;
  const show = async (
    name: string,
    hall: VenueWithHall,
    startsAt: string,
    extra: Partial<Parameters<typeof createShow>[1]> = {},
  ) => {
    const created = await createShow(db, { eventId, hall, startsAt: new Date(startsAt), ...extra });
    showIds[name] = created.show.id;
    return created.show.id;
  };

  // Alpha, Mumbai (UTC+05:30): two shows on 1 March, one at 00:30 on 2 March (still 1 March in UTC).
  await show("alphaEvening", mumbaiA, "2030-03-01T13:30:00Z", {
    tiers: [
      { code: "STD", priceMinor: 20_000 },
      { code: "REC", priceMinor: 45_000 },
    ],
  });
  await show("alphaAfternoon", mumbaiA, "2030-03-01T09:30:00Z", { show: { language: "hi", format: "IMAX" } });
  await show("alphaAfterMidnight", mumbaiA, "2030-03-01T19:00:00Z");
  // Bravo: a sold-out show (greyed, still listed), a filling-fast one, one freed by an expired hold.
  const soldOut = await show("bravoSoldOut", mumbaiB, "2030-03-02T12:30:00Z");
  await sellSeats(
    db,
    soldOut,
    mumbaiB.seats.map((seat) => seat.id),
  );
  const fillingFast = await show("bravoFillingFast", mumbaiB, "2030-03-02T15:30:00Z");
  await sellSeats(
    db,
    fillingFast,
    mumbaiB.seats.slice(1).map((seat) => seat.id),
  );
  const expiredHold = await show("bravoExpiredHold", mumbaiB, "2030-03-03T12:30:00Z");
  await sellSeats(
    db,
    expiredHold,
    mumbaiB.seats.slice(0, 4).map((seat) => seat.id),
  );
  await holdSeats(
    db,
    expiredHold,
    mumbaiB.seats.slice(4).map((seat) => seat.id),
    hoursFrom(NOW, -0.1),
  );
  // New York (UTC−05:00): 23:30 on 1 March there is 04:30 on 2 March in UTC.
  await show("nycLate", newYork, "2030-03-02T04:30:00Z", { show: { currency: "USD" } });
  // Not upcoming or not on offer: never listed.
  await show("past", mumbaiA, "2030-03-01T05:00:00Z");
  await show("cancelled", mumbaiA, "2030-03-01T15:00:00Z", { show: { status: "cancelled" } });
  await show("completed", mumbaiA, "2030-03-01T16:00:00Z", { show: { status: "completed" } });
});
afterAll(() => platform.close());

const fetchEvent = (input: { eventId: string; cityId?: string }) => platform.caller().catalog.event(input);

describe("catalog.event", () => {
  it("returns the event's public fields", async () => {
    const event = await fetchEvent({ eventId });
    expect(event).toMatchObject({
      id: eventId,
      title: "Monsoon Nights",
      tagline: "Rain, again",
      description: "A long story.",
      kind: "movie",
      genres: ["Drama"],
      languages: ["hi", "en"],
      durationMinutes: 120,
      certification: "UA",
      cast: [{ name: "A. Actor", role: "Lead", kind: "cast" }],
      posterUrl: "https://img.example/poster.jpg",
      bannerUrl: "https://img.example/banner.jpg",
      media: [{ kind: "video", url: "https://video.example/trailer" }],
      releaseDate: "2030-02-14",
      rating: null,
    });
    expect(event).not.toHaveProperty("cancellationPolicy");
    expect(event).not.toHaveProperty("organizationId");
  });

  it("groups upcoming shows by venue, then by the venue's local date", async () => {
    const event = await fetchEvent({ eventId });
    const outline = event.venues.map(({ venue, dates }) => ({
      venue: venue.name,
      dates: dates.map(({ date, shows }) => ({
        date,
        shows: shows.map((show) => Object.keys(showIds).find((name) => showIds[name] === show.id)),
      })),
    }));
    expect(outline).toEqual([
      {
        venue: "Alpha Cinema",
        dates: [
          { date: "2030-03-01", shows: ["alphaAfternoon", "alphaEvening"] },
          { date: "2030-03-02", shows: ["alphaAfterMidnight"] },
        ],
      },
      {
        venue: "Bravo Theatre",
        dates: [
          { date: "2030-03-02", shows: ["bravoSoldOut", "bravoFillingFast"] },
          { date: "2030-03-03", shows: ["bravoExpiredHold"] },
        ],
      },
      { venue: "Charlie Hall", dates: [{ date: "2030-03-01", shows: ["nycLate"] }] },
    ]);
  });

  it("describes each venue and show", async () => {
    const event = await fetchEvent({ eventId });
    const [alpha] = event.venues;
    expect(alpha?.venue).toEqual({
      id: mumbaiA.venue.id,
      name: "Alpha Cinema",
      address: mumbaiA.venue.address,
      cityId: mumbaiId,
      timeZone: "Asia/Kolkata",
      lat: mumbaiA.venue.lat,
      lng: mumbaiA.venue.lng,
    });
    const [afternoon, evening] = alpha?.dates[0]?.shows ?? [];
    expect(afternoon).toEqual({
      id: showIds.alphaAfternoon,
      startsAt: new Date("2030-03-01T09:30:00Z"),
      endsAt: new Date("2030-03-01T11:30:00Z"),
      language: "hi",
      format: "IMAX",
      status: "on_sale",
      hallName: "Audi 2",
      availability: "available",
      priceFrom: { amountMinor: 25_000, currency: "INR" },
    });
    expect(evening?.priceFrom).toEqual({ amountMinor: 20_000, currency: "INR" });
  });

  it("grades each show's availability from live inventory", async () => {
    const event = await fetchEvent({ eventId });
    const levels = Object.fromEntries(
      event.venues.flatMap((venue) =>
        venue.dates.flatMap((date) => date.shows.map((show) => [show.id, show.availability])),
      ),
    );
    expect(levels[showIds.bravoSoldOut ?? ""]).toBe("sold_out");
    expect(levels[showIds.bravoFillingFast ?? ""]).toBe("filling_fast");
    // 4 of 8 seats free once the hold has run out, though no sweeper released it.
    expect(levels[showIds.bravoExpiredHold ?? ""]).toBe("available");
  });

  it("narrows venues to a city", async () => {
    const event = await fetchEvent({ eventId, cityId: mumbaiId });
    expect(event.venues.map(({ venue }) => venue.name)).toEqual(["Alpha Cinema", "Bravo Theatre"]);
  });

  it("summarises reviews once there are some", async () => {
    const users = await platform.db
      .insert(schema.users)
      .values([1, 2, 3].map((n) => ({ email: `reviewer${n}-${eventId}@example.com`, name: `Reviewer ${n}` })))
      .returning({ id: schema.users.id });
    await platform.db
      .insert(schema.reviews)
      .values(users.map((user, index) => ({ userId: user.id, eventId, rating: [8, 9, 9][index] ?? 1 })));
    expect((await fetchEvent({ eventId })).rating).toEqual({ average: 8.7, count: 3 });
  });

  it("hides draft and cancelled events as NOT_FOUND", async () => {
    const { organizationId } = mumbaiA.venue;
    for (const status of ["draft", "cancelled"] as const) {
      const hidden = await createEvent(platform.db, { organizationId, status });
      await createShow(platform.db, {
        eventId: hidden.id,
        hall: newYork,
        startsAt: hoursFrom(NOW, status === "draft" ? 50 : 51),
      });
      expect(await errorOf(fetchEvent({ eventId: hidden.id }))).toEqual({
        code: "NOT_FOUND",
        appCode: "NOT_FOUND",
      });
    }
    expect(await errorOf(fetchEvent({ eventId: "0190a5d2-7a4e-7c1e-8a2b-3c4d5e6f7a8b" }))).toEqual({
      code: "NOT_FOUND",
      appCode: "NOT_FOUND",
    });
  });

  it("lists an event without upcoming shows with no venues", async () => {
    const quiet = await createEvent(platform.db, { organizationId: mumbaiA.venue.organizationId });
    expect((await fetchEvent({ eventId: quiet.id })).venues).toEqual([]);
  });

  it("rejects a malformed id as BAD_REQUEST", async () => {
    expect(await errorOf(fetchEvent({ eventId: "42" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});
