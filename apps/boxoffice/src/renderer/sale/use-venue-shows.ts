import { EVENTS_PAGE_MAX, type EventDetail } from "@marquee/contracts";
import { useTRPC } from "@marquee/ui";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { showsAtVenue, type VenueDay } from "./venue-shows.ts";

const DAY_MS = 86_400_000;

export interface VenueShows {
  days: VenueDay[];
  isPending: boolean;
  error: unknown;
  refetch(): void;
}

/**
 * The shows this counter sells over the next few days: the city's events with shows in that
 * window, each event's shows narrowed to this venue. The event queries go out in one batch.
 */
export function useVenueShows(terminal: { venueId: string; cityId: string }, days = 3): VenueShows {
  const trpc = useTRPC();
  const [window] = useState(() => {
    const from = new Date();
    return { from, to: new Date(from.getTime() + days * DAY_MS) };
  });
  const events = useQuery(
    trpc.catalog.events.queryOptions({
      cityId: terminal.cityId,
      from: window.from,
      to: window.to,
      limit: EVENTS_PAGE_MAX,
    }),
  );
  const details = useQueries({
    queries: (events.data?.items ?? []).map((event) =>
      trpc.catalog.event.queryOptions({ eventId: event.id, cityId: terminal.cityId }),
    ),
  });
  const loaded = details.flatMap((detail): EventDetail[] => (detail.data ? [detail.data] : []));
  return {
    days: showsAtVenue(loaded, terminal.venueId, window),
    isPending: events.isPending || details.some((detail) => detail.isPending),
    error: events.error ?? details.find((detail) => detail.error)?.error ?? null,
    refetch: () => void events.refetch(),
  };
}
