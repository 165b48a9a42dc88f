import type { SeatDelta, SeatStatus } from "@marquee/contracts";
import type { DbExecutor } from "@marquee/db";
import { sql } from "drizzle-orm";
import { outboxWritten } from "../../outbox.ts";

export type SeatChange = SeatDelta["changes"][number];
export type QuotaChange = NonNullable<SeatDelta["generalAdmission"]>[number];

/**
 * Every change of a show's inventory bumps the show's version and writes a versioned delta
 * to the outbox in the caller's transaction, in one statement. Called last in a transaction,
 * so the show row lock that orders versions is held only until commit.
 */
export async function recordSeatChanges(
  tx: DbExecutor,
  showId: string,
  changes: SeatChange[],
  generalAdmission: QuotaChange[] = [],
): Promise<number> {
  const extra = generalAdmission.length > 0 ? { generalAdmission } : {};
  const [recorded] = await tx.execute<{ version: number }>(sql`
    with bumped as (
      update shows set seat_version = seat_version + 1 where id = ${showId} returning seat_version
    )
    insert into outbox (aggregate_type, aggregate_id, type, payload)
    select 'show', ${showId}, 'seats.changed',
      jsonb_build_object('showId', ${showId}::text, 'version', seat_version, 'changes', ${JSON.stringify(changes)}::jsonb)
        || ${JSON.stringify(extra)}::jsonb
    from bumped
    returning (payload->>'version')::bigint as version`);
  if (!recorded) throw new Error(`show ${showId} vanished inside its own transaction`);
  outboxWritten(tx);
  return Number(recorded.version);
}

export const seatChanges = (seatIds: string[], status: SeatStatus): SeatChange[] =>
  seatIds.map((seatId) => ({ seatId, status }));
