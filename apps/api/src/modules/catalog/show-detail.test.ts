import type { HallLayout } from "@marquee/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import {
  createCity,
  createEvent,
  createOrganization,
  createShow,
  createVenueWithHall,
  hoursFrom,
  sellSeats,
  type VenueWithHall,
} from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

const NOW = new Date("2030-03-01T06:30:00Z");

const layout: HallLayout = {
  bounds: { width: 6, height: 4 },
  stage: { kind: "screen", label: "Screen this way", x: 0, y: 0, width: 6, height: 1 },
  sections: [
    {
      code: "ST",
      name: "Stalls",
      outline: [
        [0, 1],
        [6, 1],
        [6, 4],
        [0, 4],
      ],
      labelAt: [3, 1],
    },
  ],
};

let platform: TestPlatform;
let hall: VenueWithHall;
let organizationId: string;
let eventId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.set(NOW);
  const db = platform.db;
  organizationId = (await createOrganization(db)).id;
  const city = await createCity(db);
  hall = await createVenueWithHall(db, {
    organizationId,
    cityId: city.id,
    rows: 2,
    seatsPerRow: 4,
    hall: { name: "Audi 1", kind: "cinema", layout },
  });
  eventId = (
    await createEvent(db, {
      organizationId,
      title: "Monsoon Nights",
      kind: "movie",
      certification: "UA",
      posterUrl: "https://img.example/poster.jpg",
    })
  ).id;
});
afterAll(() => platform.close());

const fetchShow = (showId: string) => platform.caller().catalog.show({ showId });

describe("catalog.show", () => {
  it("returns the show with its event, venue, hall and current tier prices", async () => {
    const { show, tiers } = await createShow(platform.db, {
      eventId,
      hall,
      startsAt: hoursFrom(NOW, 6),
      tiers: [
        { code: "REC", name: "Recliner", priceMinor: 19_999, multiplierBps: 12_500, color: "#7c3aed" },
        { code: "STD", name: "Classic", priceMinor: 10_001, multiplierBps: 15_000 },
      ],
      tierOf: (seat) => (seat.rowLabel === "B" ? "REC" : "STD"),
      show: { language: "hi", format: "3D" },
    });

    const result = await fetchShow(show.id);
    expect(result).toEqual({
      id: show.id,
      startsAt: hoursFrom(NOW, 6),
      endsAt: hoursFrom(NOW, 8),
      language: "hi",
      format: "3D",
      status: "on_sale",
      generalAdmission: false,
      currency: "INR",
      salesStartAt: null,
      salesEndAt: null,
      availability: "available",
      event: {
        id: eventId,
        slug: expect.any(String),
        title: "Monsoon Nights",
        kind: "movie",
        posterUrl: "https://img.example/poster.jpg",
        durationMinutes: 120,
        certification: "UA",
      },
      venue: {
        id: hall.venue.id,
        name: hall.venue.name,
        address: hall.venue.address,
        timeZone: "Asia/Kolkata",
        cityId: hall.venue.cityId,
      },
      hall: { id: hall.hall.id, name: "Audi 1", kind: "cinema", layout },
      tiers: [
        // 19 999 × 1.25 = 24 998.75 and 10 001 × 1.5 = 15 001.5: both round up.
        {
          id: tiers[0]?.id,
          name: "Recliner",
          code: "REC",
          color: "#7c3aed",
          price: { amountMinor: 24_999, currency: "INR" },
        },
        {
          id: tiers[1]?.id,
          name: "Classic",
          code: "STD",
          color: null,
          price: { amountMinor: 15_002, currency: "INR" },
        },
      ],
    });
  });

  it("reports the live availability level", async () => {
    const { show } = await createShow(platform.db, { eventId, hall, startsAt: hoursFrom(NOW, 10) });
    await sellSeats(
      platform.db,
      show.id,
      hall.seats.map((seat) => seat.id),
    );
    expect((await fetchShow(show.id)).availability).toBe("sold_out");
  });

  it("describes a general-admission show", async () => {
    const { show } = await createShow(platform.db, {
      eventId,
      hall,
      startsAt: hoursFrom(NOW, 30),
      tiers: [{ code: "GA", priceMinor: 99_900 }],
      gaCapacity: 300,
    });
    expect(await fetchShow(show.id)).toMatchObject({
      generalAdmission: true,
      availability: "available",
      tiers: [{ code: "GA", price: { amountMinor: 99_900, currency: "INR" } }],
    });
  });

  it("answers SHOW_NOT_FOUND for an unknown show and for a show of an unpublished event", async () => {
    const draft = await createEvent(platform.db, { organizationId, status: "draft" });
    const { show } = await createShow(platform.db, { eventId: draft.id, hall, startsAt: hoursFrom(NOW, 50) });
    for (const showId of [show.id, "0190a5d2-7a4e-7c1e-8a2b-3c4d5e6f7a8b"]) {
      expect(await errorOf(fetchShow(showId))).toEqual({ code: "NOT_FOUND", appCode: "SHOW_NOT_FOUND" });
    }
  });

  it("rejects a malformed id as BAD_REQUEST", async () => {
    expect(await errorOf(fetchShow("show-1"))).toMatchObject({ code: "BAD_REQUEST" });
  });
});
