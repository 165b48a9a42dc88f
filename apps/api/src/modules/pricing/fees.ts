import { percentOf, type SalesChannel } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
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

/** The active fees of a show's organizer for a channel, in the show's currency. */
export function feesForShow(db: DbExecutor, showId: string, channel: SalesChannel): Promise<FeeTerms[]> {
  return activeFees(db, sql`${showId}::uuid`, sql`${channel}::sales_channel`);
}

/** The active fees of the hold's organizer for the hold's channel, in the show's currency. */
export function feesForHold(db: DbExecutor, holdId: string): Promise<FeeTerms[]> {
  return activeFees(
    db,
    sql`(select ${holds.showId} from ${holds} where ${holds.id} = ${holdId})`,
    sql`(select ${holds.channel} from ${holds} where ${holds.id} = ${holdId})`,
  );
}

async function activeFees(db: DbExecutor, showId: SQL, channel: SQL): Promise<FeeTerms[]> {
  const rows = await db
    .select({
      kind: fees.kind,
      amountMinor: fees.amountMinor,
      percentBps: fees.percentBps,
      currency: fees.currency,
      showCurrency: shows.currency,
    })
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
  return rows
    .filter((fee) => fee.kind === "percent" || fee.currency === fee.showCurrency)
    .map(({ kind, amountMinor, percentBps }) => ({ kind, amountMinor, percentBps }));
}
