import { percentOf, type SalesChannel } from "@marquee/contracts";
import { type Database, type DbExecutor, reusableQuery, schema } from "@marquee/db";
import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";

const { fees, holds, shows, events } = schema;

/** An organizer's fee: a fixed amount per ticket, or a percentage of the ticket's price after discounts. */
export interface FeeTerms {
  kind: "per_ticket" | "percent";
  amountMinor: number | null;
  percentBps: number | null;
}

/** The fees on one ticket whose price after discounts is `netMinor`, in whole minor units. */
export function ticketFeeMinor(netMinor: number, terms: FeeTerms[]): number {
  return terms.reduce(
    (sum, fee) =>
      sum + (fee.kind === "per_ticket" ? (fee.amountMinor ?? 0) : percentOf(netMinor, fee.percentBps ?? 0)),
    0,
  );
}

const feeTerms = {
  kind: fees.kind,
  amountMinor: fees.amountMinor,
  percentBps: fees.percentBps,
  currency: fees.currency,
  showCurrency: shows.currency,
};

/** The organizer's active fees for one channel, on the show given by `showId`. */
const activeFeesQuery = (db: Database, showId: SQL, channel: SQL) =>
  db
    .select(feeTerms)
    .from(shows)
    .innerJoin(events, eq(events.id, shows.eventId))
    .innerJoin(
      fees,
      and(
        eq(fees.organizationId, events.organizationId),
        eq(fees.active, true),
        or(isNull(fees.channel), eq(fees.channel, channel)),
      ),
    )
    .where(eq(shows.id, showId));

const feesOfShow = reusableQuery("fees_of_show", (db) =>
  activeFeesQuery(
    db,
    sql`${sql.placeholder("showId")}::uuid`,
    sql`${sql.placeholder("channel")}::sales_channel`,
  ),
);

const feesOfHold = reusableQuery("fees_of_hold", (db) =>
  activeFeesQuery(
    db,
    sql`(select ${holds.showId} from ${holds} where ${holds.id} = ${sql.placeholder("holdId")})`,
    sql`(select ${holds.channel} from ${holds} where ${holds.id} = ${sql.placeholder("holdId")})`,
  ),
);

/** The active fees of a show's organizer for a channel, in the show's currency. */
export async function feesForShow(
  db: DbExecutor,
  showId: string,
  channel: SalesChannel,
): Promise<FeeTerms[]> {
  return inShowCurrency(await feesOfShow(db, { showId, channel }));
}

/** The active fees of the hold's organizer for the hold's channel, in the show's currency. */
export async function feesForHold(db: DbExecutor, holdId: string): Promise<FeeTerms[]> {
  return inShowCurrency(await feesOfHold(db, { holdId }));
}

/** Fixed fees count only in the show's currency; percentages apply in any. */
function inShowCurrency(rows: Awaited<ReturnType<typeof feesOfShow>>): FeeTerms[] {
  return rows
    .filter((fee) => fee.kind === "percent" || fee.currency === fee.showCurrency)
    .map(({ kind, amountMinor, percentBps }) => ({ kind, amountMinor, percentBps }));
}
