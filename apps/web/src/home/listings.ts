import type { EventListItem } from "@marquee/contracts";

const WEEK_MS = 7 * 86_400_000;

export interface HomeRails {
  nowShowing: EventListItem[];
  thisWeek: EventListItem[];
  trending: EventListItem[];
}

/**
 * Splits one listing (the next 30 days, soonest first) into the home page's rails: films with a
 * show this week, everything else on this week, and the busiest events (most shows) as trending.
 */
export function homeRails(items: readonly EventListItem[], now: Date): HomeRails {
  const weekEnd = now.getTime() + WEEK_MS;
  const thisWeek = items.filter((item) => item.nextShowAt.getTime() < weekEnd);
  return {
    nowShowing: thisWeek.filter((item) => item.kind === "movie"),
    thisWeek: thisWeek.filter((item) => item.kind !== "movie"),
    trending: [...items]
      .sort((a, b) => b.showCount - a.showCount || a.nextShowAt.getTime() - b.nextShowAt.getTime())
      .slice(0, 6),
  };
}

/** Events whose first show is more than a week away. */
export function comingSoon(items: readonly EventListItem[], now: Date): EventListItem[] {
  const weekEnd = now.getTime() + WEEK_MS;
  return items.filter((item) => item.nextShowAt.getTime() >= weekEnd);
}

/** The start of the current hour: a stable query key that still moves on. */
export function hourOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
}
