import type { SearchInput } from "@marquee/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import {
  createCity,
  createEvent,
  createOrganization,
  createShow,
  createVenueWithHall,
  hoursFrom,
} from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

const NOW = new Date("2030-03-01T06:30:00Z");

let platform: TestPlatform;
let mumbaiId: string;
let puneId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  platform.clock.set(NOW);
  const db = platform.db;
  const org = await createOrganization(db);
  const mumbai = await createCity(db, { name: "Mumbai" });
  const pune = await createCity(db, { name: "Pune" });
  mumbaiId = mumbai.id;
  puneId = pune.id;
  const hall = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: mumbai.id,
    rows: 1,
    seatsPerRow: 2,
  });
  const puneHall = await createVenueWithHall(db, {
    organizationId: org.id,
    cityId: pune.id,
    rows: 1,
    seatsPerRow: 2,
  });

  const orbit = await createEvent(db, {
    organizationId: org.id,
    title: "Orbit of Glass",
    tagline: "Four hundred kilometres up",
    description: "A debris strike cripples a space station.",
    genres: ["Sci-Fi", "Thriller"],
    languages: ["en", "hi"],
    cast: [{ name: "Marisol Vega", role: "Commander", kind: "cast" }],
  });
  await createShow(db, {
    eventId: orbit.id,
    hall,
    startsAt: hoursFrom(NOW, 3),
    tiers: [{ code: "STD", priceMinor: 30_000 }],
    show: { format: "IMAX" },
  });
  await createShow(db, { eventId: orbit.id, hall, startsAt: hoursFrom(NOW, 27), show: { format: "2D" } });

  const quartet = await createEvent(db, {
    organizationId: org.id,
    kind: "concert",
    title: "Monsoon Strings Quartet",
    tagline: "Ragas for a rainy night",
    description: "Chamber music with sitar and cello.",
    genres: ["Classical"],
    languages: ["hi"],
  });
  await createShow(db, {
    eventId: quartet.id,
    hall,
    startsAt: hoursFrom(NOW, 5),
    tiers: [{ code: "STD", priceMinor: 80_000 }],
    show: { language: "hi" },
  });

  const draft = await createEvent(db, { organizationId: org.id, title: "Orbit Draft", status: "draft" });
  await createShow(db, { eventId: draft.id, hall, startsAt: hoursFrom(NOW, 6) });

  const elsewhere = await createEvent(db, { organizationId: org.id, title: "Orbit in Pune" });
  await createShow(db, { eventId: elsewhere.id, hall: puneHall, startsAt: hoursFrom(NOW, 4) });
});

afterAll(() => platform?.close());

const search = (input: Omit<SearchInput, "cityId"> & { cityId?: string }) =>
  platform.caller().search.events({ cityId: mumbaiId, ...input });
const titles = (result: { items: { title: string }[] }) => result.items.map((item) => item.title);

describe("search.events", () => {
  it("finds events by title words while they are still being typed", async () => {
    expect(titles(await search({ q: "orbit gla" }))).toEqual(["Orbit of Glass"]);
  });

  it("matches taglines, genres and cast, not only titles", async () => {
    expect(titles(await search({ q: "ragas" }))).toEqual(["Monsoon Strings Quartet"]);
    expect(titles(await search({ q: "thriller" }))).toEqual(["Orbit of Glass"]);
    expect(titles(await search({ q: "marisol" }))).toEqual(["Orbit of Glass"]);
  });

  it("tolerates typos and says what it understood", async () => {
    const result = await search({ q: "orbt of glas" });
    expect(titles(result)).toEqual(["Orbit of Glass"]);
    expect(result.didYouMean).toBe("Orbit of Glass");
    expect(titles(await search({ q: "monsun strngs" }))).toEqual(["Monsoon Strings Quartet"]);
    expect(titles(await search({ q: "marisl vega" }))).toEqual(["Orbit of Glass"]);
  });

  it("keeps out drafts, other cities and nonsense", async () => {
    expect(titles(await search({ q: "orbit" }))).toEqual(["Orbit of Glass"]);
    expect(titles(await search({ q: "orbit", cityId: puneId }))).toEqual(["Orbit in Pune"]);
    expect(await search({ q: "zzqxv" })).toMatchObject({ items: [], total: 0 });
  });

  it("browses everything bookable without text, soonest first, with facet counts", async () => {
    const result = await search({});
    expect(titles(result)).toEqual(["Orbit of Glass", "Monsoon Strings Quartet"]);
    expect(result.facets.kinds).toEqual([
      { value: "concert", count: 1 },
      { value: "movie", count: 1 },
    ]);
    expect(result.facets.formats).toContainEqual({ value: "IMAX", count: 1 });
    expect(result.facets.languages).toContainEqual({ value: "hi", count: 2 });
    expect(result.facets.price).toEqual({
      min: { amountMinor: 25_000, currency: "INR" },
      max: { amountMinor: 80_000, currency: "INR" },
    });
  });

  it("filters by kind, genre, language, format, date and price, keeping facet counts", async () => {
    const concerts = await search({ kinds: ["concert"] });
    expect(titles(concerts)).toEqual(["Monsoon Strings Quartet"]);
    expect(concerts.facets.kinds).toHaveLength(2);
    expect(titles(await search({ genres: ["sci-fi"] }))).toEqual(["Orbit of Glass"]);
    expect(titles(await search({ formats: ["IMAX"] }))).toEqual(["Orbit of Glass"]);
    expect(titles(await search({ priceMinMinor: 50_000 }))).toEqual(["Monsoon Strings Quartet"]);
    expect(titles(await search({ priceMaxMinor: 50_000 }))).toEqual(["Orbit of Glass"]);
    expect(titles(await search({ from: hoursFrom(NOW, 20) }))).toEqual(["Orbit of Glass"]);
    const imax = await search({ formats: ["2D"] });
    expect(imax.items[0]?.showCount).toBe(1);
  });

  it("pages with an opaque cursor and rejects a forged one", async () => {
    const first = await search({ limit: 1 });
    expect(first.total).toBe(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await search({ limit: 1, cursor: first.nextCursor ?? "" });
    expect(titles(second)).toEqual(["Monsoon Strings Quartet"]);
    expect(second.nextCursor).toBeNull();
    expect((await errorOf(search({ cursor: "bogus" }))).appCode).toBe("VALIDATION_FAILED");
  });
});
