import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reusableQuery, valueAtRun } from "./reusable-query.ts";
import { cities } from "./schema/index.ts";
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
