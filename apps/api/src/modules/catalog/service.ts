import type { City } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { asc } from "drizzle-orm";

export { tierPriceMinor } from "../pricing/tier-price.ts";
/* The catalog's service surface: other modules and the router import from here. */
export { availabilityLevel, type ShowAvailability, showAvailability } from "./availability.ts";
export { getEventDetail } from "./event-detail.ts";
export { type EventListQuery, listEvents } from "./events.ts";
export { getShowDetail } from "./show-detail.ts";

const c = schema.cities;

export function listCities(db: Database): Promise<City[]> {
  return db
    .select({
      id: c.id,
      name: c.name,
      slug: c.slug,
      country: c.country,
      lat: c.lat,
      lng: c.lng,
      timeZone: c.timeZone,
      currency: c.currency,
    })
    .from(c)
    .orderBy(asc(c.name));
}
