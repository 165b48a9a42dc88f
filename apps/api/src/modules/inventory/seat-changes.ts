import type { SeatDelta, SeatStatus } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { eq, sql } from "drizzle-orm";
import { recordOutboxEvents } from "../../outbox.ts";

export type SeatChange = SeatDelta["changes"][number];
export type QuotaChange = NonNullable<SeatDelta["generalAdmission"]>[number];

/**
 * Every change of a show's inventory bumps the show's version and writes a versioned delta
 * to the outbox in the caller's transaction. Called last in a transaction, so the show row
 * lock that orders versions is held only until commit.
 */
export async function recordSeatChanges(
  tx: DbExecutor,
  showId: string,
  changes: SeatChange[],
  generalAdmission: QuotaChange[] = [],
): Promise<number> {
  const [bumped] = await tx
    .update(schema.shows)
    .set({ seatVersion: sql`${schema.shows.seatVersion} + 1` })
    .where(eq(schema.shows.id, showId))
    .returning({ version: schema.shows.seatVersion });
  if (!bumped) throw new Error(`show ${showId} vanished inside its own transaction`);
  const delta: SeatDelta = { showId, version: bumped.version, changes };
  if (generalAdmission.length > 0) delta.generalAdmission = generalAdmission;
  await recordOutboxEvents(tx, [
    { aggregateType: "show", aggregateId: showId, type: "seats.changed", payload: { ...delta } },
  ]);
  return bumped.version;
}

export const seatChanges = (seatIds: string[], status: SeatStatus): SeatChange[] =>
  seatIds.map((seatId) => ({ seatId, status }));
