import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reusableInsert, reusableQuery, valueAtRun } from "./reusable-query.ts";
import { cities, outbox } from "./schema/index.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const cityBySlug = reusableQuery("test_city_by_slug", (db) =>
  db
    .select({ id: cities.id, name: cities.name })
    .from(cities)
    .where(eq(cities.slug, sql.placeholder("slug"))),
);
const renameCity = reusableQuery("test_rename_city", (db) =>
  db
    .update(cities)
    .set({ name: valueAtRun<string>("name") })
    .where(eq(cities.slug, sql.placeholder("slug")))
    .returning({ name: cities.name }),
);

async function addCity(slug: string) {
  await t.db.insert(cities).values({
    name: slug,
    slug,
    country: "IN",
    lat: 0,
    lng: 0,
    timeZone: "Asia/Kolkata",
    currency: "INR",
  });
}

describe("reusableQuery", () => {
  it("runs the same prepared query with new values each time", async () => {
    await addCity("pune");
    await addCity("goa");
    expect((await cityBySlug(t.db, { slug: "pune" })).map((c) => c.name)).toEqual(["pune"]);
    expect((await cityBySlug(t.db, { slug: "goa" })).map((c) => c.name)).toEqual(["goa"]);
    expect(await cityBySlug(t.db, { slug: "nowhere" })).toEqual([]);
  });

  it("runs inside the transaction it is given: it sees that transaction's writes, and a rollback undoes its own", async () => {
    await addCity("kochi");
    await t.db
      .transaction(async (tx) => {
        await renameCity(tx, { slug: "kochi", name: "Cochin" });
        // Only this transaction's connection sees the new name yet.
        expect((await cityBySlug(tx, { slug: "kochi" }))[0]?.name).toBe("Cochin");
        expect((await cityBySlug(t.db, { slug: "kochi" }))[0]?.name).toBe("kochi");
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect((await cityBySlug(t.db, { slug: "kochi" }))[0]?.name).toBe("kochi");
  });
});

describe("reusableInsert", () => {
  const insertEvents = reusableInsert("test_outbox", outbox, (insert) =>
    insert.returning({ id: outbox.id, publishedAt: outbox.publishedAt, attempts: outbox.attempts }),
  );
  const event = (type: string, extra: Partial<typeof outbox.$inferInsert> = {}) => ({
    aggregateType: "show",
    aggregateId: "0193a0c4-0000-7000-8000-000000000001",
    type,
    payload: { type, nested: { list: [1, 2] } },
    ...extra,
  });

  it("inserts any number of rows, encoding dates and JSON as drizzle does and keeping nulls", async () => {
    const publishedAt = new Date("2026-11-25T10:00:00.000Z");
    const one = await insertEvents(t.db, [event("a", { publishedAt, lastError: null })]);
    const two = await insertEvents(t.db, [
      event("b", { publishedAt, lastError: null }),
      event("c", { publishedAt, lastError: null }),
    ]);
    // Same shapes again: the prepared statements are reused with new values.
    const three = await insertEvents(t.db, [event("d", { publishedAt: null, lastError: null })]);
    expect([...one, ...two].map((row) => row.publishedAt?.toISOString())).toEqual([
      publishedAt.toISOString(),
      publishedAt.toISOString(),
      publishedAt.toISOString(),
    ]);
    expect(three[0]?.publishedAt).toBeNull();
    const rows = await t.db.select().from(outbox);
    expect(rows.map((row) => [row.type, row.payload, row.lastError, row.attempts])).toEqual(
      ["a", "b", "c", "d"].map((type) => [type, { type, nested: { list: [1, 2] } }, null, 0]),
    );
  });

  it("computes JavaScript defaults (ids) afresh for every row of every run", async () => {
    const insertCities = reusableInsert("test_cities", cities, (insert) =>
      insert.returning({ id: cities.id }),
    );
    const city = (slug: string) => ({
      name: slug,
      slug,
      country: "IN",
      lat: 0,
      lng: 0,
      timeZone: "Asia/Kolkata",
      currency: "INR",
    });
    const first = await insertCities(t.db, [city("surat")]);
    const second = await insertCities(t.db, [city("agra")]);
    const pair = await insertCities(t.db, [city("pune-2"), city("goa-2")]);
    const ids = [...first, ...second, ...pair].map((row) => row.id);
    expect(new Set(ids).size).toBe(4);
  });

  it("inserts a big batch the usual way, in one statement", async () => {
    const many = Array.from({ length: 40 }, (_, i) => event(`bulk-${i}`));
    const rows = await insertEvents(t.db, many);
    expect(rows).toHaveLength(40);
  });

  it("lets rows that set different columns take their defaults", async () => {
    const rows = await insertEvents(t.db, [event("e", { attempts: 3 }), event("f")]);
    expect(rows.map((row) => row.attempts)).toEqual([3, 0]);
  });
});
