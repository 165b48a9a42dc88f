import type { SalesChannel, SeatMap, SeatStatus } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { feesForShow, ticketFeeMinor } from "../pricing/fees.ts";
import { tierPrice } from "../pricing/tier-price.ts";

const { showSeats, seats, hallSections, priceTiers, shows, gaQuotas, holdGaItems, holds } = schema;

interface CachedMap {
  version: number;
  /** The first moment a hold in this snapshot expires: the snapshot is stale from then on. */
  staleAt: number;
  map: SeatMap;
}

/**
 * Seat maps are read far more often than they change: each process keeps the last snapshot per
 * show and channel, and the show's version (one primary-key read) says whether it still holds.
 */
const cache = new Map<string, CachedMap>();
const CACHE_LIMIT = 256;

export async function seatMapFor(
  db: Database,
  showId: string,
  channel: SalesChannel,
  now: Date,
): Promise<SeatMap> {
  const [show] = await db.select({ version: shows.seatVersion }).from(shows).where(eq(shows.id, showId));
  if (!show) throw new DomainError("SHOW_NOT_FOUND", "This show does not exist.");
  const key = `${showId}:${channel}`;
  const cached = cache.get(key);
  if (cached && cached.version === show.version && now.getTime() < cached.staleAt) return cached.map;

  // The version is read before the seats: a change landing in between shows up in both the
  // snapshot and a later delta, which clients apply idempotently; the reverse order could lose it.
  const built = await buildSeatMap(db, showId, show.version, channel, now);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, built);
  return built.map;
}

async function buildSeatMap(
  db: Database,
  showId: string,
  version: number,
  channel: SalesChannel,
  now: Date,
): Promise<CachedMap> {
  const [rows, tiers, quotas, fees] = await Promise.all([
    db
      .select({
        id: showSeats.seatId,
        label: seats.label,
        section: hallSections.name,
        row: seats.rowLabel,
        number: seats.number,
        x: seats.x,
        y: seats.y,
        tierId: showSeats.tierId,
        status: showSeats.status,
        heldUntil: showSeats.heldUntil,
        channels: showSeats.channels,
        accessible: seats.accessible,
        wheelchair: seats.wheelchair,
        companion: seats.companion,
        category: seats.category,
        aisleAfter: seats.aisleAfter,
      })
      .from(showSeats)
      .innerJoin(seats, eq(seats.id, showSeats.seatId))
      .innerJoin(hallSections, eq(hallSections.id, seats.sectionId))
      .where(eq(showSeats.showId, showId))
      .orderBy(asc(hallSections.sortOrder), asc(seats.y), asc(seats.x)),
    db.select().from(priceTiers).where(eq(priceTiers.showId, showId)).orderBy(asc(priceTiers.sortOrder)),
    db
      .select({
        quotaId: gaQuotas.id,
        tierId: gaQuotas.tierId,
        name: gaQuotas.name,
        available: sql<number>`(${gaQuotas.capacity} - ${gaQuotas.sold} - coalesce((
          select sum(${holdGaItems.quantity}) from ${holdGaItems}
          join ${holds} on ${holds.id} = ${holdGaItems.holdId}
          where ${holdGaItems.quotaId} = ${gaQuotas.id} and ${holds.status} = 'active' and ${gt(holds.expiresAt, now)}
        ), 0))::int`,
      })
      .from(gaQuotas)
      .where(and(eq(gaQuotas.showId, showId))),
    feesForShow(db, showId, channel),
  ]);

  let staleAt = Number.POSITIVE_INFINITY;
  const seatList = rows.map(({ heldUntil, channels, status, ...seat }) => {
    let shown: SeatStatus = status;
    if (status === "held" && heldUntil) {
      if (heldUntil <= now) shown = "available";
      else staleAt = Math.min(staleAt, heldUntil.getTime());
    }
    if (shown === "available" && channels && !channels.includes(channel)) shown = "blocked";
    return { ...seat, status: shown };
  });
  const map: SeatMap = {
    showId,
    version,
    tiers: tiers.map((tier) => {
      const base = tierPrice(tier);
      const feeMinor = ticketFeeMinor(base.amountMinor, fees);
      return {
        id: tier.id,
        name: tier.name,
        code: tier.code,
        color: tier.color,
        price: { amountMinor: base.amountMinor + feeMinor, currency: base.currency },
        fees: { amountMinor: feeMinor, currency: base.currency },
      };
    }),
    seats: seatList,
    generalAdmission: quotas,
  };
  return { version, staleAt, map };
}
