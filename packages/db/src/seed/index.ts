import { count } from "drizzle-orm";
import type { Database } from "../client.ts";
import { fees, promoCodes } from "../schema/booking.ts";
import { cities, events, halls, seats, shows, venues } from "../schema/catalog.ts";
import { cashierVenues, memberships, users } from "../schema/identity.ts";
import { gaQuotas, showSeats } from "../schema/inventory.ts";
import { priceTiers } from "../schema/pricing.ts";
import { terminals } from "../schema/venue-ops.ts";
import { DEMO_BOX_OFFICE_VENUE, seedAccounts, seedDevices, seedOrganization } from "./accounts.ts";
import { seedCities } from "./cities.ts";
import { seedEvents } from "./events.ts";
import { seedOffers } from "./offers.ts";
import { planShows, seedShows } from "./shows.ts";
import { localDateOf, zonedTime } from "./time.ts";
import { seedVenues } from "./venues.ts";

export {
  DEMO_ACCOUNTS,
  DEMO_DEVICES,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  hashDeviceCredential,
} from "./accounts.ts";

export interface SeedOptions {
  /** The seed's "today"; shows start on this day in each venue's time zone. Default: now. */
  now?: Date;
  /** Days of shows, starting today. Default 14. */
  days?: number;
}

/** Rows per table. */
export const SEEDED_TABLES = {
  cities,
  venues,
  halls,
  seats,
  events,
  shows,
  priceTiers,
  showSeats,
  gaQuotas,
  users,
  memberships,
  cashierVenues,
  terminals,
  fees,
  promoCodes,
} as const;

export type SeedCounts = Record<keyof typeof SEEDED_TABLES, number>;

export interface SeedSummary {
  /** Rows this run inserted (all zero on a second run the same day). */
  created: SeedCounts;
  /** Rows in the database afterwards. */
  totals: SeedCounts;
  /** The first show day (UTC calendar) and the number of days. */
  window: { from: string; days: number };
}

/**
 * Seeds the demo catalog: cities, venues with generated seat maps, events, two weeks of shows
 * with prices and inventory, fees, promo codes, demo accounts and devices.
 *
 * Safe to run again: every row has a natural key (slug, email, code, hall + start time) and is
 * inserted with ON CONFLICT DO NOTHING, and a show's tiers and inventory are only written when
 * the show itself is new. Dates hang off `now` rounded to the day in each venue's time zone, so
 * a second run on the same day changes nothing. One transaction: a failed run leaves no trace.
 */
export async function seedDemoCatalog(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const days = options.days ?? 14;
  const today = localDateOf(now, "UTC");

  const created = await db.transaction(async (tx) => {
    const { cities: cityMap, created: createdCities } = await seedCities(tx);
    const organizationId = await seedOrganization(tx);
    const { venues: venueMap, created: createdVenues } = await seedVenues(tx, {
      organizationId,
      cities: cityMap,
    });
    const { events: eventMap, created: createdEvents } = await seedEvents(tx, { organizationId, today });

    const boxOffice = venueMap.get(DEMO_BOX_OFFICE_VENUE);
    const mumbai = cityMap.get("mumbai");
    if (!boxOffice || !mumbai) throw new Error("demo box office venue or city missing");
    const midnight = zonedTime(today, "00:00", "UTC");
    const accounts = await seedAccounts(tx, {
      organizationId,
      boxOfficeVenueId: boxOffice.id,
      preferredCityId: mumbai.id,
      verifiedAt: midnight,
    });
    const createdTerminals = await seedDevices(tx, {
      organizationId,
      venueIds: new Map([...venueMap].map(([slug, venue]) => [slug, venue.id])),
      pairedAt: midnight,
    });
    const offers = await seedOffers(tx, { organizationId, today, events: eventMap });

    const plans = planShows({ now, days }, venueMap, eventMap);
    const createdShows = await seedShows(tx, { now, plans, venues: venueMap, events: eventMap });

    return {
      cities: createdCities,
      venues: createdVenues.venues,
      halls: createdVenues.halls,
      seats: createdVenues.seats,
      events: createdEvents,
      shows: createdShows.shows,
      priceTiers: createdShows.priceTiers,
      showSeats: createdShows.showSeats,
      gaQuotas: createdShows.gaQuotas,
      users: accounts.users,
      memberships: accounts.memberships,
      cashierVenues: accounts.cashierVenues,
      terminals: createdTerminals,
      fees: offers.fees,
      promoCodes: offers.promoCodes,
    } satisfies SeedCounts;
  });

  return { created, totals: await countSeededRows(db), window: { from: today, days } };
}

export async function countSeededRows(db: Database): Promise<SeedCounts> {
  const entries = await Promise.all(
    Object.entries(SEEDED_TABLES).map(async ([name, table]) => {
      const [row] = await db.select({ n: count() }).from(table);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries) as SeedCounts;
}
