import type { EventListInput } from "@marquee/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import {
  createCity,
  createEvent,
  createOrganization,
  createShow,
  createVenueWithHall,
  hoursFrom,
  type VenueWithHall,
} from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

const NOW = new Date("2030-03-01T06:30:00Z"); // noon in Mumbai

let platform: TestPlatform;
let mumbaiId: string;
let puneId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.set(NOW);
  const db = platform.db;
  const org = await createOrganization(db);
  const mumbai = await createCity(db, { name: "Mumbai" });
  const pune = await createCity(db, { name: "Pune" });
  mumbaiId = mumbai.id;
  puneId = pune.id;
  const inMumbai = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: mumbai.id,
    rows: 2,
    seatsPerRow: 5,
  });
  const inPune = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: pune.id,
    rows: 2,
    seatsPerRow: 5,
  });

  const event = async (name: string, values: Partial<Parameters<typeof createEvent>[1]>) => {
    const created = await createEvent(db, { organizationId: org.id, title: name, ...values });
    ids[name] = created.id;
    return created.id;
  };
  const show = (
    eventId: string,
    hall: VenueWithHall,
    startsAt: Date,
    extra: Partial<Parameters<typeof createShow>[1]> = {},
  ) => createShow(db, { eventId, hall, startsAt, ...extra });

  const movie = await event("movie", { kind: "movie", genres: ["Action", "Drama"], languages: ["hi"] });
  await show(movie, inMumbai, hoursFrom(NOW, 2), {
    tiers: [
      { code: "STD", priceMinor: 20_000 },
      { code: "PRM", priceMinor: 35_000, multiplierBps: 12_000 },
    ],
  });
  await show(movie, inMumbai, hoursFrom(NOW, 26), {
    tiers: [{ code: "STD", priceMinor: 15_000, multiplierBps: 15_000 }],
  });

  const concert = await event("concert", { kind: "concert", genres: ["Rock"], languages: ["en"] });
  await show(concert, inMumbai, hoursFrom(NOW, 5), {
    tiers: [{ code: "GA", priceMinor: 99_900 }],
    gaCapacity: 500,
  });

  // An English play with one performance in Marathi: a language filter matches either.
  const play = await event("play", { kind: "play", genres: ["Drama"], languages: ["en"] });
  await show(play, inMumbai, hoursFrom(NOW, 72), { show: { language: "mr", status: "scheduled" } });

  const draft = await event("draft", { status: "draft" });
  await show(draft, inMumbai, hoursFrom(NOW, 1));
  const cancelledEvent = await event("cancelledEvent", { status: "cancelled" });
  await show(cancelledEvent, inMumbai, hoursFrom(NOW, 1.5));
  const onlyUnbookable = await event("onlyUnbookable", {});
  await show(onlyUnbookable, inMumbai, hoursFrom(NOW, 3), { show: { status: "cancelled" } });
  await show(onlyUnbookable, inMumbai, hoursFrom(NOW, 4), { show: { status: "sold_out" } });
  const past = await event("past", {});
  await show(past, inMumbai, hoursFrom(NOW, -2));
  const far = await event("far", {});
  await show(far, inMumbai, hoursFrom(NOW, 40 * 24));
  const elsewhere = await event("elsewhere", {});
  await show(elsewhere, inPune, hoursFrom(NOW, 1));
});
afterAll(() => platform.close());

const list = (input: Partial<EventListInput> = {}) =>
  platform.caller().catalog.events({ cityId: mumbaiId, ...input });
const titles = (page: { items: Array<{ id: string }> }) =>
  page.items.map((item) => Object.keys(ids).find((name) => ids[name] === item.id));

describe("catalog.events", () => {
  it("lists published events with a bookable show in the city in the next 30 days, soonest first", async () => {
    const page = await list();
    expect(titles(page)).toEqual(["movie", "concert", "play"]);
    expect(page.nextCursor).toBeNull();
  });

  it("summarises each event's shows: next start, count and cheapest current price", async () => {
    const [movie, concert] = (await list()).items;
    expect(movie).toMatchObject({
      id: ids.movie,
      kind: "movie",
      title: "movie",
      genres: ["Action", "Drama"],
      languages: ["hi"],
      durationMinutes: 120,
      nextShowAt: hoursFrom(NOW, 2),
      showCount: 2,
      priceFrom: { amountMinor: 20_000, currency: "INR" },
    });
    expect(concert).toMatchObject({ showCount: 1, priceFrom: { amountMinor: 99_900, currency: "INR" } });
  });

  it("lists another city's events only there", async () => {
    expect(titles(await list({ cityId: puneId }))).toEqual(["elsewhere"]);
    const unknownCity = await list({ cityId: "0190a5d2-7a4e-7c1e-8a2b-3c4d5e6f7a8b" });
    expect(unknownCity).toEqual({ items: [], nextCursor: null });
  });

  it("filters by kind, genre (any case) and language (event's or a show's)", async () => {
    expect(titles(await list({ kind: "concert" }))).toEqual(["concert"]);
    expect(titles(await list({ genre: "drama" }))).toEqual(["movie", "play"]);
    expect(titles(await list({ language: "hi" }))).toEqual(["movie"]);
    expect(titles(await list({ language: "mr" }))).toEqual(["play"]);
    expect(titles(await list({ language: "en" }))).toEqual(["concert", "play"]);
    expect(titles(await list({ kind: "movie", genre: "Rock" }))).toEqual([]);
  });

  it("counts only the shows inside the date window", async () => {
    const nextDay = await list({ from: hoursFrom(NOW, 24), to: hoursFrom(NOW, 48) });
    expect(titles(nextDay)).toEqual(["movie"]);
    expect(nextDay.items[0]).toMatchObject({
      nextShowAt: hoursFrom(NOW, 26),
      showCount: 1,
      priceFrom: { amountMinor: 22_500, currency: "INR" },
    });
    // Half-open window: a show starting exactly at `to` is left for the next window.
    expect(titles(await list({ to: hoursFrom(NOW, 5) }))).toEqual(["movie"]);
    expect(titles(await list({ from: hoursFrom(NOW, 35 * 24) }))).toEqual(["far"]);
    // ISO strings work too, for clients without superjson.
    expect(
      titles(await list({ from: hoursFrom(NOW, 24).toISOString(), to: hoursFrom(NOW, 48).toISOString() })),
    ).toEqual(["movie"]);
  });

  it("never lists shows that already started, even when asked for an earlier window", async () => {
    expect(titles(await list({ from: hoursFrom(NOW, -48), to: hoursFrom(NOW, 4) }))).toEqual(["movie"]);
  });

  it("rejects a bad city id and an oversized page as BAD_REQUEST", async () => {
    expect(await errorOf(list({ cityId: "not-a-uuid" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await errorOf(list({ limit: 51 }))).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("rejects a malformed cursor with VALIDATION_FAILED", async () => {
    for (const cursor of ["garbage", Buffer.from("2030-03-01|nope").toString("base64url"), "!!!"]) {
      expect(await errorOf(list({ cursor }))).toEqual({ code: "BAD_REQUEST", appCode: "VALIDATION_FAILED" });
    }
  });
});

describe("catalog.events pagination", () => {
  let cityId: string;
  const expected: string[] = [];

  beforeAll(async () => {
    const db = platform.db;
    const org = await createOrganization(db);
    const city = await createCity(db, { name: "Nagpur" });
    cityId = city.id;
    // Seven events; three share a start time, so order among them falls to the id.
    const starts = [1, 2, 3, 3, 3, 4, 5].map((hours) => hoursFrom(NOW, hours));
    const created = [];
    for (const startsAt of starts) {
      // A venue each: one hall cannot start two shows at once.
      const hall = await createVenueWithHall(db, { organizationId: org.id, cityId, rows: 1, seatsPerRow: 2 });
      const event = await createEvent(db, { organizationId: org.id });
      await createShow(db, { eventId: event.id, hall, startsAt });
      await createShow(db, { eventId: event.id, hall, startsAt: hoursFrom(startsAt, 24) });
      created.push({ id: event.id, startsAt: startsAt.getTime() });
    }
    created.sort((a, b) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : 1));
    expected.push(...created.map((event) => event.id));
  });

  it("walks every event once, in order, across pages", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await platform.caller().catalog.events({ cityId, limit: 3, cursor });
      sizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(expected);
  });

  it("returns the same page for the same cursor", async () => {
    const first = await platform.caller().catalog.events({ cityId, limit: 2 });
    expect(first.nextCursor).toEqual(expect.any(String));
    const cursor = first.nextCursor ?? undefined;
    const again = await platform.caller().catalog.events({ cityId, limit: 2, cursor });
    const once = await platform.caller().catalog.events({ cityId, limit: 2, cursor });
    expect(again).toEqual(once);
    expect(again.items.map((item) => item.id)).toEqual(expected.slice(2, 4));
  });

  it("ends without a cursor when the last page is exactly full", async () => {
    const page = await platform.caller().catalog.events({ cityId, limit: 7 });
    expect(page.items).toHaveLength(7);
    expect(page.nextCursor).toBeNull();
  });
});
