import type { EventDetail, EventShow, Money } from "@marquee/contracts";

/** One show this counter can sell, with what the show list needs to tell shows apart. */
export interface VenueShow {
  id: string;
  startsAt: Date;
  eventTitle: string;
  certification: string | null;
  durationMinutes: number | null;
  hallName: string;
  language: string | null;
  format: EventShow["format"];
  status: EventShow["status"];
  availability: EventShow["availability"];
  priceFrom: Money | null;
}

/** The shows of one calendar day in the venue's time zone. */
export interface VenueDay {
  /** `YYYY-MM-DD`, the venue's date. */
  date: string;
  shows: VenueShow[];
}

/**
 * This venue's shows starting in [from, to), by the venue's calendar day, earliest first, from
 * the events' details (which list each event's shows by venue and date).
 */
export function showsAtVenue(
  events: readonly EventDetail[],
  venueId: string,
  window: { from: Date; to: Date },
): VenueDay[] {
  const byDate = new Map<string, VenueShow[]>();
  for (const event of events) {
    const atVenue = event.venues.find((entry) => entry.venue.id === venueId);
    for (const { date, shows } of atVenue?.dates ?? []) {
      for (const show of shows) {
        if (show.startsAt < window.from || show.startsAt >= window.to) continue;
        const day = byDate.get(date) ?? [];
        day.push({
          id: show.id,
          startsAt: show.startsAt,
          eventTitle: event.title,
          certification: event.certification,
          durationMinutes: event.durationMinutes,
          hallName: show.hallName,
          language: show.language,
          format: show.format,
          status: show.status,
          availability: show.availability,
          priceFrom: show.priceFrom,
        });
        byDate.set(date, day);
      }
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, shows]) => ({
      date,
      shows: shows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    }));
}

/** A date as the venue's calendar has it (`YYYY-MM-DD`). */
export function venueDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
