import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventKinds } from "./schema/enums.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_DEVICES,
  DEMO_PASSWORD,
  hashDeviceCredential,
  type SeedSummary,
  seedDemoCatalog,
} from "./seed/index.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

// Two days before Europe's clocks go forward: the two weeks of shows cross a DST change.
const now = new Date("2026-03-27T06:00:00Z");

let t: TestDatabase;
let first: SeedSummary;
let second: SeedSummary;
let rowsAfterFirst: Record<string, number>;
let catalogAfterFirst: string;

/** Row count of every table in the database, not only the ones the seed reports. */
async function countAllTables(): Promise<Record<string, number>> {
  const tables = await t.sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from ${t.sql(name)}`;
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** A fingerprint of what a buyer would see: events, venues, shows, prices and seat maps. */
async function catalogFingerprint(): Promise<string> {
  const [row] = await t.sql<{ digest: string }[]>`
    select md5(
      (select string_agg(concat_ws('|', slug, kind, status, title, release_date), ',' order by slug) from events)
      || (select string_agg(concat_ws('|', slug, name, address, time_zone), ',' order by slug) from venues)
      || (select string_agg(concat_ws('|', v.slug, h.name, e.slug, s.starts_at, s.ends_at, s.format, s.language, s.status),
            ',' order by v.slug, h.name, s.starts_at)
          from shows s join events e on e.id = s.event_id join halls h on h.id = s.hall_id join venues v on v.id = s.venue_id)
      || (select string_agg(concat_ws('|', h.name, s.starts_at, p.code, p.price_minor, p.currency), ','
            order by h.name, s.starts_at, p.code)
          from price_tiers p join shows s on s.id = p.show_id join halls h on h.id = s.hall_id)
      || (select string_agg(concat_ws('|', h.name, se.label, se.x, se.y, se.category), ',' order by h.id, se.label, se.x)
          from seats se join halls h on h.id = se.hall_id)
    ) as digest`;
  return row?.digest ?? "";
}

beforeAll(async () => {
  t = await createTestDatabase();
  first = await seedDemoCatalog(t.db, { now });
  rowsAfterFirst = await countAllTables();
  catalogAfterFirst = await catalogFingerprint();
  second = await seedDemoCatalog(t.db, { now: new Date(now.getTime() + 3 * 3_600_000) });
});

afterAll(async () => {
  await t?.drop();
});

describe("seedDemoCatalog run twice on the same day", () => {
  it("creates everything the first time", () => {
    expect(first.created).toEqual(first.totals);
  });

  it("changes nothing the second time", async () => {
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(second.totals).toEqual(first.totals);
    expect(await countAllTables()).toEqual(rowsAfterFirst);
    expect(await catalogFingerprint()).toBe(catalogAfterFirst);
  });
});

describe("the demo catalog", () => {
  it("has at least five cities on three continents, each with a currency and time zone", async () => {
    const cities = await t.sql<{ slug: string; time_zone: string; currency: string }[]>`
      select slug, time_zone, currency from cities`;
    expect(cities.length).toBeGreaterThanOrEqual(5);
    expect(new Set(cities.map((c) => c.time_zone.split("/")[0])).size).toBeGreaterThanOrEqual(3);
    expect(new Set(cities.map((c) => c.currency))).toEqual(new Set(["INR", "GBP", "USD", "EUR", "JPY"]));
  });

  it("has at least twelve venues in the demo organization", async () => {
    const [row] = await t.sql<{ venues: number; organizations: number }[]>`
      select count(*)::int as venues, count(distinct organization_id)::int as organizations from venues`;
    expect(row?.venues).toBeGreaterThanOrEqual(12);
    expect(row?.organizations).toBe(1);
  });

  it("has at least forty events covering every kind, a couple of them drafts", async () => {
    const rows = await t.sql<{ kind: string; status: string; n: number }[]>`
      select kind, status, count(*)::int as n from events group by 1, 2`;
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(eventKinds));
    expect(rows.filter((r) => r.status === "draft").reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("gives every published event at least one show", async () => {
    const orphans = await t.sql`
      select slug from events e
      where status = 'published' and not exists (select 1 from shows s where s.event_id = e.id)`;
    expect(orphans).toEqual([]);
  });

  it("has a ~150-seat cinema, a ~800-seat theatre and a ~5,000-seat arena, capacity = seats", async () => {
    const halls = await t.sql<{ kind: string; capacity: number; seats: number; sections: number }[]>`
      select h.kind, h.capacity,
        (select count(*)::int from seats s where s.hall_id = h.id) as seats,
        (select count(*)::int from hall_sections s where s.hall_id = h.id) as sections
      from halls h`;
    const seated = halls.filter((h) => h.seats > 0);
    for (const hall of seated) expect(hall.capacity).toBe(hall.seats);
    const near = (kind: string, target: number) =>
      seated.some((h) => h.kind === kind && Math.abs(h.seats - target) <= target * 0.1);
    expect(near("cinema", 150)).toBe(true);
    expect(near("theatre", 800)).toBe(true);
    expect(near("arena", 5000)).toBe(true);
    const theatre = seated.find((h) => h.kind === "theatre");
    expect(theatre?.sections).toBe(3);
  });

  it("labels, places and flags seats for drawing", async () => {
    const [row] = await t.sql<Record<string, number>[]>`
      select
        count(*) filter (where label <> row_label || number)::int as mislabelled,
        count(*) filter (where x < 0 or y < 0)::int as off_map,
        count(*) filter (where wheelchair)::int as wheelchair,
        count(*) filter (where companion)::int as companion,
        count(*) filter (where (wheelchair or companion) and not accessible)::int as inconsistent,
        count(*) filter (where category = 'recliner')::int as recliners
      from seats`;
    expect(row).toMatchObject({ mislabelled: 0, off_map: 0, inconsistent: 0 });
    expect(row?.wheelchair).toBeGreaterThan(0);
    expect(row?.companion).toBeGreaterThan(0);
    expect(row?.recliners).toBeGreaterThan(0);
    const kindsWithWheelchairs = await t.sql<{ kind: string }[]>`
      select distinct h.kind from seats s join halls h on h.id = s.hall_id where s.wheelchair`;
    expect(new Set(kindsWithWheelchairs.map((k) => k.kind))).toEqual(new Set(["cinema", "theatre", "arena"]));
  });

  it("schedules fourteen days of shows from today in each venue's time zone", async () => {
    const cinemas = await t.sql<{ slug: string; first: string; last: string; days: number }[]>`
      select v.slug,
        min((s.starts_at at time zone v.time_zone)::date)::text as first,
        max((s.starts_at at time zone v.time_zone)::date)::text as last,
        count(distinct (s.starts_at at time zone v.time_zone)::date)::int as days
      from shows s join venues v on v.id = s.venue_id join halls h on h.id = s.hall_id
      where h.kind = 'cinema' group by v.slug`;
    expect(cinemas.length).toBeGreaterThan(0);
    for (const venue of cinemas)
      expect(venue).toMatchObject({ first: "2026-03-27", last: "2026-04-09", days: 14 });
  });

  it("keeps local show times across a daylight-saving change", async () => {
    const times = await t.sql<{ local: string }[]>`
      select distinct to_char(s.starts_at at time zone v.time_zone, 'HH24:MI') as local
      from shows s join venues v on v.id = s.venue_id
      where v.slug = 'aldwych-lyric-theatre'`;
    expect(new Set(times.map((r) => r.local))).toEqual(new Set(["14:30", "19:30"]));
  });

  it("gives every seated show one inventory row per hall seat, priced by one of its own tiers", async () => {
    const mismatched = await t.sql`
      select s.id, h.capacity,
        (select count(*) from show_seats ss where ss.show_id = s.id) as inventory
      from shows s join halls h on h.id = s.hall_id
      where not s.general_admission
        and (select count(*) from show_seats ss where ss.show_id = s.id)
          <> (select count(*) from seats se where se.hall_id = s.hall_id)`;
    expect(mismatched).toEqual([]);
    const [foreign] = await t.sql<{ n: number }[]>`
      select count(*)::int as n from show_seats ss join price_tiers p on p.id = ss.tier_id
      where p.show_id <> ss.show_id`;
    expect(foreign?.n).toBe(0);
    const [untouched] = await t.sql<{ n: number }[]>`
      select count(*)::int as n from show_seats where status <> 'available' or version <> 0`;
    expect(untouched?.n).toBe(0);
  });

  it("sells general-admission shows through quotas that fill the hall, without seats", async () => {
    const shows = await t.sql<{ capacity: number; quota: number; seats: number }[]>`
      select h.capacity,
        (select coalesce(sum(q.capacity), 0)::int from ga_quotas q where q.show_id = s.id) as quota,
        (select count(*)::int from show_seats ss where ss.show_id = s.id) as seats
      from shows s join halls h on h.id = s.hall_id where s.general_admission`;
    expect(shows.length).toBeGreaterThanOrEqual(1);
    for (const show of shows)
      expect(show).toEqual({ capacity: show.capacity, quota: show.capacity, seats: 0 });
  });

  it("prices shows in their city's currency", async () => {
    const [row] = await t.sql<{ n: number }[]>`
      select count(*)::int as n from shows s
      join venues v on v.id = s.venue_id join cities c on c.id = v.city_id
      join price_tiers p on p.show_id = s.id
      where s.currency <> c.currency or p.currency <> c.currency`;
    expect(row?.n).toBe(0);
  });

  it("has fees and promo codes, one of them expired", async () => {
    const [row] = await t.sql<{ fees: number; promos: number; expired: number }[]>`
      select (select count(*)::int from fees) as fees,
        (select count(*)::int from promo_codes) as promos,
        (select count(*)::int from promo_codes where valid_until < ${now.toISOString()}::timestamptz) as expired`;
    expect(row?.fees).toBeGreaterThan(0);
    expect(row?.promos).toBeGreaterThanOrEqual(3);
    expect(row?.expired).toBe(1);
  });
});

describe("demo accounts and devices", () => {
  it("signs in with the demo password, argon2id-hashed", async () => {
    const users = await t.sql<{ email: string; role: string; password_hash: string }[]>`
      select email, role, password_hash from users order by email`;
    expect(users.map((u) => [u.email, u.role]).sort()).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.email, a.role]).sort(),
    );
    for (const user of users) {
      expect(user.password_hash.startsWith("$argon2id$")).toBe(true);
      expect(await verify(user.password_hash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("makes the organizer an owner and scopes the cashier to the devices' venue", async () => {
    const [organizer] = await t.sql`
      select m.role from memberships m join users u on u.id = m.user_id where u.email = 'organizer@marquee.test'`;
    expect(organizer?.role).toBe("owner");
    const [cashier] = await t.sql<{ slug: string }[]>`
      select v.slug from cashier_venues c join users u on u.id = c.user_id join venues v on v.id = c.venue_id
      where u.email = 'cashier@marquee.test'`;
    const devices = await t.sql<{ kind: string; slug: string; credential_hash: string }[]>`
      select t.kind, v.slug, t.credential_hash from terminals t join venues v on v.id = t.venue_id`;
    expect(devices.map((d) => d.kind).sort()).toEqual(["boxoffice", "kiosk"]);
    for (const device of DEMO_DEVICES) {
      const row = devices.find((d) => d.kind === device.kind);
      expect(row).toEqual({
        kind: device.kind,
        slug: cashier?.slug,
        credential_hash: hashDeviceCredential(device.credential),
      });
    }
  });
});
