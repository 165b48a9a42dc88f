import { inArray } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { cities } from "../schema/catalog.ts";

/** Demo cities on three continents, each with its own currency and time zone. */
export interface CitySeed {
  slug: string;
  name: string;
  country: string;
  lat: number;
  lng: number;
  timeZone: string;
  currency: string;
}

export const CITIES: readonly CitySeed[] = [
  {
    slug: "mumbai",
    name: "Mumbai",
    country: "IN",
    lat: 19.076,
    lng: 72.8777,
    timeZone: "Asia/Kolkata",
    currency: "INR",
  },
  {
    slug: "bengaluru",
    name: "Bengaluru",
    country: "IN",
    lat: 12.9716,
    lng: 77.5946,
    timeZone: "Asia/Kolkata",
    currency: "INR",
  },
  {
    slug: "london",
    name: "London",
    country: "GB",
    lat: 51.5072,
    lng: -0.1276,
    timeZone: "Europe/London",
    currency: "GBP",
  },
  {
    slug: "new-york",
    name: "New York",
    country: "US",
    lat: 40.7128,
    lng: -74.006,
    timeZone: "America/New_York",
    currency: "USD",
  },
  {
    slug: "berlin",
    name: "Berlin",
    country: "DE",
    lat: 52.52,
    lng: 13.405,
    timeZone: "Europe/Berlin",
    currency: "EUR",
  },
  // JPY has no minor unit: 2000 "minor units" is ¥2,000.
  {
    slug: "tokyo",
    name: "Tokyo",
    country: "JP",
    lat: 35.6762,
    lng: 139.6503,
    timeZone: "Asia/Tokyo",
    currency: "JPY",
  },
];

export interface SeededCity {
  id: string;
  timeZone: string;
  currency: string;
}

export async function seedCities(tx: Tx): Promise<{ cities: Map<string, SeededCity>; created: number }> {
  const created = await tx
    .insert(cities)
    .values([...CITIES])
    .onConflictDoNothing()
    .returning({ id: cities.id });
  const rows = await tx
    .select({ id: cities.id, slug: cities.slug, timeZone: cities.timeZone, currency: cities.currency })
    .from(cities)
    .where(
      inArray(
        cities.slug,
        CITIES.map((city) => city.slug),
      ),
    );
  return { cities: new Map(rows.map(({ slug, ...city }) => [slug, city])), created: created.length };
}
