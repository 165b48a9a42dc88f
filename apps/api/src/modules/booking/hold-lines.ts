import { type DbExecutor, reusableQuery, schema } from "@marquee/db";
import { and, asc, eq, sql } from "drizzle-orm";
import { tierPrice } from "../pricing/tier-price.ts";
import type { PriceableLine } from "./price.ts";

const { showSeats, seats, priceTiers, holdGaItems, gaQuotas } = schema;

const seatsOfHold = reusableQuery("hold_lines_seated", (db) =>
  db
    .select({ seatId: showSeats.seatId, label: seats.label, tier: priceTiers })
    .from(showSeats)
    .innerJoin(seats, eq(seats.id, showSeats.seatId))
    .innerJoin(priceTiers, eq(priceTiers.id, showSeats.tierId))
    .where(and(eq(showSeats.holdId, sql.placeholder("holdId")), eq(showSeats.status, "held")))
    .orderBy(asc(seats.y), asc(seats.x)),
);

const placesOfHold = reusableQuery("hold_lines_general_admission", (db) =>
  db
    .select({
      quotaId: gaQuotas.id,
      quotaName: gaQuotas.name,
      quantity: holdGaItems.quantity,
      tier: priceTiers,
    })
    .from(holdGaItems)
    .innerJoin(gaQuotas, eq(gaQuotas.id, holdGaItems.quotaId))
    .innerJoin(priceTiers, eq(priceTiers.id, gaQuotas.tierId))
    .where(eq(holdGaItems.holdId, sql.placeholder("holdId"))),
);

/** What a hold contains, one line per seat or GA place, at today's tier prices. */
export async function holdLines(db: DbExecutor, holdId: string): Promise<PriceableLine[]> {
  const [seated, generalAdmission] = await Promise.all([
    seatsOfHold(db, { holdId }),
    placesOfHold(db, { holdId }),
  ]);
  const line = (
    tier: typeof priceTiers.$inferSelect,
    seatId: string | null,
    label: string,
    gaQuotaId: string | null,
  ): PriceableLine => ({
    seatId,
    label,
    tierId: tier.id,
    tierName: tier.name,
    gaQuotaId,
    unitPriceMinor: tierPrice(tier).amountMinor,
    multiplierBps: tier.multiplierBps,
  });
  return [
    ...seated.map((s) => line(s.tier, s.seatId, s.label, null)),
    ...generalAdmission.flatMap((ga) =>
      Array.from({ length: ga.quantity }, (_, i) =>
        line(ga.tier, null, `${ga.quotaName} #${i + 1}`, ga.quotaId),
      ),
    ),
  ];
}
