import { type Database, schema } from "@marquee/db";
import { and, asc, eq, lte } from "drizzle-orm";
import { endHold } from "./holds.ts";

/**
 * Ends holds whose time has passed and tells seat-map watchers. Correctness never depends on
 * this (an expired hold is claimable at once); the freshness of maps does.
 */
export async function releaseExpiredHolds(db: Database, now: Date, batchSize = 200): Promise<number> {
  const { holds } = schema;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: holds.id, showId: holds.showId })
      .from(holds)
      .where(and(eq(holds.status, "active"), lte(holds.expiresAt, now)))
      .orderBy(asc(holds.expiresAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    for (const hold of due) await endHold(tx, hold, "expired", now);
    return due.length;
  });
}
