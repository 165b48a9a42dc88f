import type { AvailabilityLevel } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { sql } from "drizzle-orm";

const { showSeats, gaQuotas } = schema;

export interface ShowAvailability {
  /** Seats or places that can be sold at all (blocked seats excluded). */
  sellable: number;
  /** Of those, free right now: available, or held with an expired hold. */
  available: number;
  level: AvailabilityLevel;
}

/** Below this share of sellable places left, a show is "filling fast". */
const FILLING_FAST_SHARE = 0.25;

export function availabilityLevel(available: number, sellable: number): AvailabilityLevel {
  if (available <= 0) return "sold_out";
  return available < sellable * FILLING_FAST_SHARE ? "filling_fast" : "available";
}

/**
 * Live availability of many shows in one grouped query. A held seat whose hold has passed
 * counts as free at once (a claim takes it the same way, sweeper or not). General-admission
 * quotas count their `held` column as taken even when some of those holds have expired and
 * not been swept yet: close enough for a badge. Every requested show gets an entry; a show
 * without inventory has nothing to sell and reads as sold out.
 */
export async function showAvailability(
  db: DbExecutor,
  showIds: readonly string[],
  now: Date,
): Promise<Map<string, ShowAvailability>> {
  const result = new Map<string, ShowAvailability>();
  const ids = [...new Set(showIds)];
  if (ids.length === 0) return result;

  const idList = sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const rows = await db.execute<{ show_id: string; sellable: number; available: number }>(sql`
    select show_id, sum(sellable)::int as sellable, sum(available)::int as available
    from (
      select ${showSeats.showId} as show_id,
        count(*) filter (where ${showSeats.status} <> 'blocked') as sellable,
        count(*) filter (
          where ${showSeats.status} = 'available'
            or (${showSeats.status} = 'held' and ${showSeats.heldUntil} <= ${now.toISOString()}::timestamptz)
        ) as available
      from ${showSeats}
      where ${showSeats.showId} = any(${idList})
      group by ${showSeats.showId}
      union all
      select ${gaQuotas.showId},
        sum(${gaQuotas.capacity}),
        sum(greatest(${gaQuotas.capacity} - ${gaQuotas.sold} - ${gaQuotas.held}, 0))
      from ${gaQuotas}
      where ${gaQuotas.showId} = any(${idList})
      group by ${gaQuotas.showId}
    ) as counts
    group by show_id
  `);

  for (const id of ids) result.set(id, { sellable: 0, available: 0, level: "sold_out" });
  for (const row of rows) {
    const sellable = Number(row.sellable);
    const available = Number(row.available);
    result.set(row.show_id, { sellable, available, level: availabilityLevel(available, sellable) });
  }
  return result;
}
