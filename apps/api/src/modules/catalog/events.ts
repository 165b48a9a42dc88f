import type { EventKind, EventListItem, EventListPage } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { tierPriceMinorSql } from "../pricing/tier-price.ts";

const { events, shows, venues, priceTiers } = schema;

/** Shows a buyer can book now or soon; sold-out, cancelled and completed ones do not list an event. */
const bookableShowStatuses = ["scheduled", "on_sale"] as const;
const DAY_MS = 86_400_000;
const DEFAULT_WINDOW_MS = 30 * DAY_MS;

export interface EventListQuery {
  cityId: string;
  from?: Date | undefined;
  to?: Date | undefined;
  kind?: EventKind | undefined;
  genre?: string | undefined;
  language?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Where the previous page ended: its last item's sort key. */
interface PageCursor {
  /** nextShowAt as Postgres prints it, to the microsecond, so no row is skipped or repeated. */
  nextShowAt: string;
  id: string;
}

/**
 * Published events with at least one bookable show in the window at a venue of the city,
 * ordered by their next show, one SQL round trip per page.
 */
export async function listEvents(db: Database, query: EventListQuery, now: Date): Promise<EventListPage> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const from = query.from && query.from > now ? query.from : now;
  const to = query.to ?? new Date(from.getTime() + DEFAULT_WINDOW_MS);

  const nextShowAt = sql<Date>`min(${shows.startsAt})`.mapWith(shows.startsAt);
  const sortKey = sql<string>`to_char(min(${shows.startsAt}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const price = tierPriceMinorSql();

  const rows = await db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      kind: events.kind,
      tagline: events.tagline,
      genres: events.genres,
      languages: events.languages,
      durationMinutes: events.durationMinutes,
      certification: events.certification,
      posterUrl: events.posterUrl,
      nextShowAt,
      sortKey,
      showCount: sql<number>`count(distinct ${shows.id})`.mapWith(Number),
      priceFromMinor: sql<number | null>`min(${price})`.mapWith(Number),
      priceFromCurrency: sql<string | null>`(array_agg(${priceTiers.currency} order by ${price}))[1]`,
    })
    .from(shows)
    .innerJoin(venues, eq(venues.id, shows.venueId))
    .innerJoin(events, eq(events.id, shows.eventId))
    .leftJoin(priceTiers, eq(priceTiers.showId, shows.id))
    .where(
      and(
        eq(venues.cityId, query.cityId),
        eq(events.status, "published"),
        inArray(shows.status, bookableShowStatuses),
        gte(shows.startsAt, from),
        lt(shows.startsAt, to),
        query.kind === undefined ? undefined : eq(events.kind, query.kind),
        query.genre === undefined ? undefined : containsIgnoringCase(events.genres, query.genre),
        query.language === undefined
          ? undefined
          : sql`(lower(${shows.language}) = lower(${query.language}) or ${containsIgnoringCase(events.languages, query.language)})`,
      ),
    )
    .groupBy(events.id)
    .having(
      after === undefined
        ? undefined
        : sql`(min(${shows.startsAt}), ${events.id}) > (${after.nextShowAt}::timestamptz, ${after.id}::uuid)`,
    )
    .orderBy(asc(nextShowAt), asc(events.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ nextShowAt: last.sortKey, id: last.id }) : null,
  };
}

function toListItem({ sortKey, priceFromMinor, priceFromCurrency, ...item }: ListRow): EventListItem {
  const priceFrom =
    priceFromMinor === null || priceFromCurrency === null
      ? null
      : { amountMinor: priceFromMinor, currency: priceFromCurrency };
  return { ...item, priceFrom };
}

type ListRow = Omit<EventListItem, "priceFrom"> & {
  sortKey: string;
  priceFromMinor: number | null;
  priceFromCurrency: string | null;
};

function containsIgnoringCase(column: typeof events.genres | typeof events.languages, value: string) {
  return sql`exists (select 1 from unnest(${column}) as element where lower(element) = lower(${value}))`;
}

function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(`${cursor.nextShowAt}|${cursor.id}`, "utf8").toString("base64url");
}

const CURSOR_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function decodeCursor(cursor: string): PageCursor {
  const match = CURSOR_PATTERN.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const [, nextShowAt, id] = match ?? [];
  if (!nextShowAt || !id || Number.isNaN(Date.parse(nextShowAt))) {
    throw new DomainError(
      "VALIDATION_FAILED",
      "This page link is no longer valid. Start again from the first page.",
      {
        field: "cursor",
      },
    );
  }
  return { nextShowAt, id };
}
