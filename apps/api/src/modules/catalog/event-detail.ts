import type { EventDetail, EventShow, EventVenueShows, VenueSummary } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { tierPriceMinorSql } from "../pricing/tier-price.ts";
import { showAvailability } from "./availability.ts";

const { events, shows, venues, halls, priceTiers, reviews } = schema;

/** Upcoming shows a buyer sees on the event page; sold-out ones stay visible, greyed out. */
const listedShowStatuses = ["scheduled", "on_sale", "sold_out"] as const;

/** A published event with its upcoming shows grouped by venue, then by the venue's local date. */
export async function getEventDetail(
  db: Database,
  input: { eventId: string; cityId?: string | undefined },
  now: Date,
): Promise<EventDetail> {
  const [event, showRows] = await Promise.all([
    findPublishedEvent(db, input.eventId),
    listUpcomingShows(db, input, now),
  ]);
  if (!event) throw new DomainError("NOT_FOUND", "This event does not exist or is no longer listed.");

  const availability = await showAvailability(
    db,
    showRows.map((row) => row.show.id),
    now,
  );
  const byVenue = new Map<string, EventVenueShows>();
  for (const { venue, localDate, show } of showRows) {
    let group = byVenue.get(venue.id);
    if (!group) {
      group = { venue, dates: [] };
      byVenue.set(venue.id, group);
    }
    // Rows come ordered by venue, then start time, so a new date is always the last one.
    let day = group.dates.at(-1);
    if (day?.date !== localDate) {
      day = { date: localDate, shows: [] };
      group.dates.push(day);
    }
    day.shows.push({ ...show, availability: availability.get(show.id)?.level ?? "sold_out" });
  }

  const { ratingAverage, ratingCount, ...fields } = event;
  const rating =
    ratingCount > 0 && ratingAverage !== null ? { average: ratingAverage, count: ratingCount } : null;
  return { ...fields, rating, venues: [...byVenue.values()] };
}

function findPublishedEvent(db: Database, eventId: string) {
  // The review aggregate belongs to engagement; read here until that module exposes a summary.
  const ratings = db
    .select({
      average: sql<number | null>`round(avg(${reviews.rating}), 1)`.mapWith(Number).as("average"),
      count: sql<number>`count(*)`.mapWith(Number).as("count"),
    })
    .from(reviews)
    .where(eq(reviews.eventId, eventId))
    .as("ratings");
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      tagline: events.tagline,
      description: events.description,
      kind: events.kind,
      genres: events.genres,
      languages: events.languages,
      durationMinutes: events.durationMinutes,
      certification: events.certification,
      cast: events.cast,
      posterUrl: events.posterUrl,
      bannerUrl: events.bannerUrl,
      media: events.media,
      releaseDate: events.releaseDate,
      ratingAverage: ratings.average,
      ratingCount: ratings.count,
    })
    .from(events)
    .crossJoin(ratings)
    .where(and(eq(events.id, eventId), eq(events.status, "published")))
    .then(([row]) => row);
}

interface UpcomingShowRow {
  venue: VenueSummary;
  localDate: string;
  show: Omit<EventShow, "availability">;
}

async function listUpcomingShows(
  db: Database,
  input: { eventId: string; cityId?: string | undefined },
  now: Date,
): Promise<UpcomingShowRow[]> {
  const price = tierPriceMinorSql();
  const cheapestTier = db
    .select({
      showId: priceTiers.showId,
      amountMinor: sql<number>`min(${price})`.mapWith(Number).as("cheapest_price_minor"),
      currency: sql<string>`(array_agg(${priceTiers.currency} order by ${price}))[1]`.as(
        "cheapest_price_currency",
      ),
    })
    .from(priceTiers)
    .innerJoin(shows, eq(shows.id, priceTiers.showId))
    .where(eq(shows.eventId, input.eventId))
    .groupBy(priceTiers.showId)
    .as("cheapest_tier");

  const rows = await db
    .select({
      venue: {
        id: venues.id,
        name: venues.name,
        address: venues.address,
        cityId: venues.cityId,
        timeZone: venues.timeZone,
        lat: venues.lat,
        lng: venues.lng,
      },
      // The calendar date where the venue is: a 23:30 show belongs to that evening, not to UTC's.
      localDate: sql<string>`to_char(${shows.startsAt} at time zone ${venues.timeZone}, 'YYYY-MM-DD')`,
      show: {
        id: shows.id,
        startsAt: shows.startsAt,
        endsAt: shows.endsAt,
        language: shows.language,
        format: shows.format,
        status: shows.status,
        hallName: halls.name,
      },
      priceMinor: cheapestTier.amountMinor,
      priceCurrency: cheapestTier.currency,
    })
    .from(shows)
    .innerJoin(venues, eq(venues.id, shows.venueId))
    .innerJoin(halls, eq(halls.id, shows.hallId))
    .leftJoin(cheapestTier, eq(cheapestTier.showId, shows.id))
    .where(
      and(
        eq(shows.eventId, input.eventId),
        inArray(shows.status, listedShowStatuses),
        gte(shows.startsAt, now),
        input.cityId === undefined ? undefined : eq(venues.cityId, input.cityId),
      ),
    )
    .orderBy(asc(venues.name), asc(venues.id), asc(shows.startsAt), asc(shows.id));

  return rows.map(({ venue, localDate, show, priceMinor, priceCurrency }) => ({
    venue,
    localDate,
    show: {
      ...show,
      priceFrom:
        priceMinor === null || priceCurrency === null
          ? null
          : { amountMinor: priceMinor, currency: priceCurrency },
    },
  }));
}
