import type { ShowDetail } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, asc, eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { tierPriceMinor } from "../pricing/tier-price.ts";
import { showAvailability } from "./availability.ts";

const { events, shows, venues, halls, priceTiers } = schema;

/** One show of a published event, with its hall and current tier prices. */
export async function getShowDetail(db: Database, showId: string, now: Date): Promise<ShowDetail> {
  // Three independent reads of one show; the tiers and counts are dropped if the show is hidden.
  const [show, tiers, availability] = await Promise.all([
    findListedShow(db, showId),
    db
      .select({
        id: priceTiers.id,
        name: priceTiers.name,
        code: priceTiers.code,
        color: priceTiers.color,
        priceMinor: priceTiers.priceMinor,
        multiplierBps: priceTiers.multiplierBps,
        currency: priceTiers.currency,
      })
      .from(priceTiers)
      .where(eq(priceTiers.showId, showId))
      .orderBy(asc(priceTiers.sortOrder), asc(priceTiers.priceMinor), asc(priceTiers.id)),
    showAvailability(db, [showId], now),
  ]);
  if (!show) throw new DomainError("SHOW_NOT_FOUND", "This show does not exist or is no longer listed.");

  return {
    ...show,
    availability: availability.get(showId)?.level ?? "sold_out",
    tiers: tiers.map(({ priceMinor, multiplierBps, currency, ...tier }) => ({
      ...tier,
      price: { amountMinor: tierPriceMinor({ priceMinor, multiplierBps }), currency },
    })),
  };
}

function findListedShow(db: Database, showId: string) {
  return (
    db
      .select({
        id: shows.id,
        startsAt: shows.startsAt,
        endsAt: shows.endsAt,
        language: shows.language,
        format: shows.format,
        status: shows.status,
        generalAdmission: shows.generalAdmission,
        currency: shows.currency,
        salesStartAt: shows.salesStartAt,
        salesEndAt: shows.salesEndAt,
        event: {
          id: events.id,
          slug: events.slug,
          title: events.title,
          kind: events.kind,
          posterUrl: events.posterUrl,
          durationMinutes: events.durationMinutes,
          certification: events.certification,
        },
        venue: {
          id: venues.id,
          name: venues.name,
          address: venues.address,
          timeZone: venues.timeZone,
          cityId: venues.cityId,
        },
        hall: { id: halls.id, name: halls.name, kind: halls.kind, layout: halls.layout },
      })
      .from(shows)
      .innerJoin(events, eq(events.id, shows.eventId))
      .innerJoin(venues, eq(venues.id, shows.venueId))
      .innerJoin(halls, eq(halls.id, shows.hallId))
      // A draft or cancelled event's shows are not public, whatever their own status.
      .where(and(eq(shows.id, showId), eq(events.status, "published")))
      .then(([row]) => row)
  );
}
