import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blockSeats,
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
import { availabilityLevel, showAvailability } from "./availability.ts";

const NOW = new Date("2030-03-01T06:30:00Z");

let platform: TestPlatform;
let hall: VenueWithHall;
let eventId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  const db = platform.db;
  const org = await createOrganization(db);
  const city = await createCity(db);
  hall = await createVenueWithHall(db, { organizationId: org.id, cityId: city.id, rows: 2, seatsPerRow: 5 });
  eventId = (await createEvent(db, { organizationId: org.id })).id;
});
afterAll(() => platform.close());

/** Shows share one hall, so each starts in a slot of its own. */
let slot = 0;
const nextSlot = () => hoursFrom(NOW, 3 * ++slot);

/** A fresh show in the ten-seat hall with the first `count` seats sold. */
async function showWithSold(count: number) {
  const { show } = await createShow(platform.db, { eventId, hall, startsAt: nextSlot() });
  await sellSeats(
    platform.db,
    show.id,
    hall.seats.slice(0, count).map((seat) => seat.id),
  );
  return show.id;
}

describe("availabilityLevel", () => {
  it("is sold out at zero, filling fast under a quarter left, available otherwise", () => {
    expect(availabilityLevel(0, 100)).toBe("sold_out");
    expect(availabilityLevel(0, 0)).toBe("sold_out");
    expect(availabilityLevel(24, 100)).toBe("filling_fast");
    expect(availabilityLevel(25, 100)).toBe("available");
    expect(availabilityLevel(1, 1)).toBe("available");
  });
});

describe("showAvailability", () => {
  it("grades many shows from their seats in one call", async () => {
    const open = await showWithSold(0);
    const nearlyFull = await showWithSold(8); // 2 of 10 left
    const threeLeft = await showWithSold(7); // 3 of 10 left: not under a quarter
    const full = await showWithSold(10);

    const result = await showAvailability(platform.db, [open, nearlyFull, threeLeft, full], NOW);
    expect(Object.fromEntries([...result].map(([id, value]) => [id, value]))).toEqual({
      [open]: { sellable: 10, available: 10, level: "available" },
      [nearlyFull]: { sellable: 10, available: 2, level: "filling_fast" },
      [threeLeft]: { sellable: 10, available: 3, level: "available" },
      [full]: { sellable: 10, available: 0, level: "sold_out" },
    });
  });

  it("counts a seat whose hold has expired as available, sweeper or not", async () => {
    const showId = await showWithSold(9);
    const lastSeat = hall.seats[9]?.id ?? "";
    await holdSeats(platform.db, showId, [lastSeat], hoursFrom(NOW, 0.1));

    expect((await showAvailability(platform.db, [showId], NOW)).get(showId)).toMatchObject({
      available: 0,
      level: "sold_out",
    });
    // The hold runs out: the seat is free at once, though its row still says "held".
    const later = hoursFrom(NOW, 0.2);
    expect((await showAvailability(platform.db, [showId], later)).get(showId)).toMatchObject({
      available: 1,
      level: "filling_fast",
    });
    // Exactly at heldUntil the hold is over.
    expect((await showAvailability(platform.db, [showId], hoursFrom(NOW, 0.1))).get(showId)?.available).toBe(
      1,
    );
  });

  it("leaves blocked seats out of the capacity", async () => {
    const showId = await showWithSold(3);
    await blockSeats(
      platform.db,
      showId,
      hall.seats.slice(3, 9).map((seat) => seat.id),
    );
    // 4 sellable, 1 free: a quarter exactly, so not "filling fast" (it would be out of 10).
    expect((await showAvailability(platform.db, [showId], NOW)).get(showId)).toEqual({
      sellable: 4,
      available: 1,
      level: "available",
    });
  });

  it("grades general-admission shows from their quotas", async () => {
    const { show, gaQuotas } = await createShow(platform.db, {
      eventId,
      hall,
      startsAt: nextSlot(),
      tiers: [
        { code: "FLOOR", priceMinor: 150_000 },
        { code: "BALC", priceMinor: 90_000 },
      ],
      gaCapacity: 100,
    });
    const [floor, balcony] = gaQuotas;
    if (!floor || !balcony) throw new Error("expected two quotas");
    const setQuota = (id: string, sold: number, held: number) =>
      platform.db.update(schema.gaQuotas).set({ sold, held }).where(eq(schema.gaQuotas.id, id));

    await setQuota(floor.id, 100, 0);
    await setQuota(balcony.id, 40, 15);
    expect((await showAvailability(platform.db, [show.id], NOW)).get(show.id)).toEqual({
      sellable: 200,
      available: 45,
      level: "filling_fast",
    });
    await setQuota(balcony.id, 99, 1);
    expect((await showAvailability(platform.db, [show.id], NOW)).get(show.id)?.level).toBe("sold_out");
  });

  it("answers sold out for a show without inventory and for an unknown show", async () => {
    const { show } = await createShow(platform.db, {
      eventId,
      hall: { ...hall, seats: [] },
      startsAt: nextSlot(),
    });
    const unknown = "0190a5d2-7a4e-7c1e-8a2b-3c4d5e6f7a8b";
    const result = await showAvailability(platform.db, [show.id, unknown], NOW);
    expect(result.get(show.id)?.level).toBe("sold_out");
    expect(result.get(unknown)?.level).toBe("sold_out");
    expect((await showAvailability(platform.db, [], NOW)).size).toBe(0);
  });
});
