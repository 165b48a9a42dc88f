import type { City } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { asc } from "drizzle-orm";

const c = schema.cities;

export function listCities(db: Database): Promise<City[]> {
  return db
    .select({ id: c.id, name: c.name, slug: c.slug, country: c.country, lat: c.lat, lng: c.lng, timeZone: c.timeZone, currency: c.currency })
    .from(c)
    .orderBy(asc(c.name));
}
