import { type DbExecutor, reusableQuery, schema } from "@marquee/db";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";

export interface SellableShow {
  id: string;
  eventId: string;
  organizationId: string;
  venueId: string;
  currency: string;
  generalAdmission: boolean;
  startsAt: Date;
}

const sellableStatuses = new Set(["scheduled", "on_sale", "sold_out"]);

/** The show if a buyer may take seats for it now; a stable error otherwise. */
const s = schema.shows;
const showForSale = reusableQuery("show_for_sale", (db) =>
  db
    .select({
      id: s.id,
      eventId: s.eventId,
      organizationId: schema.events.organizationId,
      eventStatus: schema.events.status,
      venueId: s.venueId,
      currency: s.currency,
      generalAdmission: s.generalAdmission,
      startsAt: s.startsAt,
      status: s.status,
      salesStartAt: s.salesStartAt,
      salesEndAt: s.salesEndAt,
    })
    .from(s)
    .innerJoin(schema.events, eq(schema.events.id, s.eventId))
    .where(eq(s.id, sql.placeholder("showId"))),
);

/** The show if a buyer may take seats for it now; a stable error otherwise. */
export async function loadSellableShow(db: DbExecutor, showId: string, now: Date): Promise<SellableShow> {
  const [show] = await showForSale(db, { showId });
  if (!show || show.eventStatus === "draft")
    throw new DomainError("SHOW_NOT_FOUND", "This show does not exist.");
  const salesEnd = show.salesEndAt ?? show.startsAt;
  const open =
    show.eventStatus === "published" &&
    sellableStatuses.has(show.status) &&
    (!show.salesStartAt || show.salesStartAt <= now) &&
    now < salesEnd;
  if (!open) throw new DomainError("SHOW_NOT_ON_SALE", "Tickets for this show are not on sale.", { showId });
  return show;
}
