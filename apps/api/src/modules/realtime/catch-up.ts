import { MAX_CATCH_UP_DELTAS, type SeatDelta, type WatchShowAck } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, desc, eq, sql } from "drizzle-orm";

const { shows, outbox } = schema;

/**
 * What a client joining a show's room needs: the current version and, when it already holds an
 * older snapshot, the deltas it missed, read back from the outbox. The caller joins the room
 * first, so anything committed after this read reaches the client as a live delta.
 */
export async function catchUpShow(
  db: Database,
  showId: string,
  sinceVersion: number | undefined,
): Promise<WatchShowAck> {
  const [show] = await db.select({ version: shows.seatVersion }).from(shows).where(eq(shows.id, showId));
  if (!show) return { ok: false, code: "SHOW_NOT_FOUND", message: "This show does not exist." };
  const { version } = show;
  const base = { ok: true as const, showId, version };
  if (sinceVersion === undefined) return { ...base, deltas: [], resync: true };
  if (sinceVersion >= version) return { ...base, deltas: [], resync: sinceVersion > version };
  const missing = version - sinceVersion;
  if (missing > MAX_CATCH_UP_DELTAS) return { ...base, deltas: [], resync: true };
  const rows = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(
      and(
        eq(outbox.aggregateId, showId),
        eq(outbox.type, "seats.changed"),
        // A change committed after the version was read arrives live; leave it out here.
        sql`(${outbox.payload}->>'version')::int <= ${version}`,
      ),
    )
    .orderBy(desc(outbox.id))
    .limit(missing);
  const deltas = rows.map((row) => row.payload as unknown as SeatDelta).reverse();
  const contiguous = deltas.length === missing && deltas.every((d, i) => d.version === sinceVersion + 1 + i);
  return contiguous ? { ...base, deltas, resync: false } : { ...base, deltas: [], resync: true };
}
