import type { HoldInput, HoldResult, SalesChannel } from "@marquee/contracts";
import { type Database, schema, type Tx } from "@marquee/db";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Config } from "../../config.ts";
import { DomainError } from "../../errors.ts";
import { pgErrorOf } from "../../infra/pg-error.ts";
import { outboxWritten, recordOutboxEvents } from "../../outbox.ts";
import { type Holder, ownsHold } from "./holder.ts";
import { recordSeatChanges, seatChanges } from "./seat-changes.ts";
import { loadSellableShow, type SellableShow } from "./shows.ts";
import { pickBestAvailable } from "./tier-picker.ts";

const { showSeats, holds, holdGaItems, gaQuotas } = schema;

const BEST_AVAILABLE_ATTEMPTS = 4;

export interface InventoryDeps {
  db: Database;
  config: Config;
  now: Date;
}

export function holdMinutes(config: Config, channel: SalesChannel): number {
  if (channel === "kiosk") return config.HOLD_MINUTES_KIOSK;
  if (channel === "boxoffice") return config.HOLD_MINUTES_BOXOFFICE;
  return config.HOLD_MINUTES_WEB;
}

/** A seat a channel may claim now: free, or held by a hold that has already expired. */
export function claimableSeat(now: Date, channel: SalesChannel) {
  return and(
    or(eq(showSeats.status, "available"), and(eq(showSeats.status, "held"), lte(showSeats.heldUntil, now))),
    or(isNull(showSeats.channels), sql`${channel}::sales_channel = any(${showSeats.channels})`),
  );
}

/** Takes every requested seat (or the best ones of a tier, or GA places) or none, in one transaction. */
export async function holdSeats(deps: InventoryDeps, holder: Holder, input: HoldInput): Promise<HoldResult> {
  const limit = deps.config.MAX_SEATS_PER_ORDER;
  const requested = "seatIds" in input ? new Set(input.seatIds).size : input.quantity;
  if (requested > limit) {
    throw new DomainError("TOO_MANY_SEATS", `You can book at most ${limit} seats at a time.`, { limit });
  }
  const show = await loadSellableShow(deps.db, input.showId, deps.now);
  if ("seatIds" in input) return claimChosenSeats(deps, holder, show, [...new Set(input.seatIds)]);
  if (show.generalAdmission) return claimGeneralAdmission(deps, holder, show, input.tierId, input.quantity);
  // Best available: picks are made one at a time per tier in this process and kept from the
  // next buyer until their claim settles, so a rush spreads over the house; a claim that still
  // loses (another process, a chosen-seat buyer) tells the model which seats were taken and
  // picks again.
  for (let attempt = 1; ; attempt++) {
    const pick = await pickBestAvailable(deps.db, {
      showId: show.id,
      tierId: input.tierId,
      channel: holder.channel,
      quantity: input.quantity,
      now: deps.now,
    });
    if (!pick)
      throw new DomainError("NOT_ENOUGH_SEATS", "Not enough seats are left together in this price band.");
    let outcome: Parameters<typeof pick.settle>[0] = null;
    try {
      const held = await claimChosenSeats(deps, holder, show, pick.seatIds);
      outcome = { heldUntil: held.expiresAt };
      return held;
    } catch (error) {
      const lostRace = error instanceof DomainError && error.code === "SEAT_UNAVAILABLE";
      if (lostRace) outcome = { taken: takenSeatsOf(error) };
      if (!lostRace || attempt === BEST_AVAILABLE_ATTEMPTS) throw error;
    } finally {
      pick.settle(outcome);
    }
  }
}

const takenSeatsOf = (error: DomainError): string[] => {
  const seatIds = error.details?.seatIds;
  return Array.isArray(seatIds) ? seatIds.filter((id): id is string => typeof id === "string") : [];
};

/**
 * One statement (marquee_claim_seats, migration 0005) checks the holder's live-hold limit,
 * opens the hold, claims every seat or none, bumps the show's version and writes the delta.
 */
async function claimChosenSeats(
  deps: InventoryDeps,
  holder: Holder,
  show: SellableShow,
  seatIds: string[],
): Promise<HoldResult> {
  const expiresAt = new Date(deps.now.getTime() + holdMinutes(deps.config, holder.channel) * 60_000);
  const holdId = uuidv7();
  try {
    await deps.db.execute(sql`select marquee_claim_seats(
      ${holdId}::uuid, ${show.id}::uuid, ${sql.param(seatIds)}::uuid[], ${holder.userId}::uuid, ${holder.terminalId}::uuid,
      ${holder.channel}::sales_channel, ${expiresAt.toISOString()}::timestamptz,
      ${deps.now.toISOString()}::timestamptz, ${deps.config.MAX_LIVE_HOLDS_PER_SHOW}::int)`);
  } catch (error) {
    throw claimFailure(error) ?? error;
  }
  outboxWritten(deps.db);
  return { holdId, showId: show.id, expiresAt, seatIds, generalAdmission: [], canExtend: true };
}

/** The stable error for what marquee_claim_seats raised, if it was one of its own refusals. */
function claimFailure(error: unknown): DomainError | null {
  const pg = pgErrorOf(error);
  const seatIds = (): string[] => (pg?.detail ? JSON.parse(pg.detail) : []);
  switch (pg?.code) {
    case "MQH01":
      return holdLimitReached();
    case "MQH02":
      return new DomainError("SEAT_NOT_IN_SHOW", "Some of those seats are not part of this show.", {
        seatIds: seatIds(),
      });
    case "MQH03":
      return new DomainError(
        "SEAT_UNAVAILABLE",
        "Some of those seats were just taken. Please choose others.",
        {
          seatIds: seatIds(),
        },
      );
    default:
      return null;
  }
}

const holdLimitReached = () =>
  new DomainError("HOLD_LIMIT_REACHED", "You already have seats on hold for this show. Release them first.");

/**
 * Opens a hold after checking the holder's live-hold limit for the show (marquee_open_hold,
 * the rule marquee_claim_seats applies too), inside the caller's transaction.
 */
async function openHold(tx: Tx, deps: InventoryDeps, holder: Holder, showId: string, expiresAt: Date) {
  const id = uuidv7();
  try {
    await tx.execute(sql`select marquee_open_hold(
      ${id}::uuid, ${showId}::uuid, ${holder.userId}::uuid, ${holder.terminalId}::uuid,
      ${holder.channel}::sales_channel, ${expiresAt.toISOString()}::timestamptz,
      ${deps.now.toISOString()}::timestamptz, ${deps.config.MAX_LIVE_HOLDS_PER_SHOW}::int)`);
  } catch (error) {
    throw claimFailure(error) ?? error;
  }
  return { id };
}

async function claimGeneralAdmission(
  deps: InventoryDeps,
  holder: Holder,
  show: SellableShow,
  tierId: string,
  quantity: number,
): Promise<HoldResult> {
  const expiresAt = new Date(deps.now.getTime() + holdMinutes(deps.config, holder.channel) * 60_000);
  return deps.db.transaction(async (tx) => {
    const [quota] = await tx
      .select({ id: gaQuotas.id })
      .from(gaQuotas)
      .where(and(eq(gaQuotas.showId, show.id), eq(gaQuotas.tierId, tierId)));
    if (!quota)
      throw new DomainError("NOT_FOUND", "This ticket type does not exist for the show.", { tierId });
    const hold = await openHold(tx, deps, holder, show.id, expiresAt);
    await expireQuotaHolds(tx, quota.id, deps.now);
    const [claimed] = await tx
      .update(gaQuotas)
      .set({ held: sql`${gaQuotas.held} + ${quantity}` })
      .where(
        and(
          eq(gaQuotas.id, quota.id),
          sql`${gaQuotas.sold} + ${gaQuotas.held} + ${quantity} <= ${gaQuotas.capacity}`,
        ),
      )
      .returning({ available: sql<number>`${gaQuotas.capacity} - ${gaQuotas.sold} - ${gaQuotas.held}` });
    if (!claimed) throw new DomainError("NOT_ENOUGH_SEATS", "Not enough tickets of this type are left.");
    await tx.insert(holdGaItems).values({ holdId: hold.id, quotaId: quota.id, quantity });
    await recordSeatChanges(tx, show.id, [], [{ quotaId: quota.id, available: claimed.available }]);
    return {
      holdId: hold.id,
      showId: show.id,
      expiresAt,
      seatIds: [],
      generalAdmission: [{ quotaId: quota.id, quantity }],
      canExtend: true,
    };
  });
}

/**
 * Expired GA holds still count in `held` until swept; a claim sweeps its own quota first so an
 * expired hold is free at once.
 */
async function expireQuotaHolds(tx: Tx, quotaId: string, now: Date): Promise<void> {
  await tx.execute(sql`
    with expired as (
      update holds h set status = 'expired', updated_at = ${now.toISOString()}::timestamptz
      from hold_ga_items i
      where i.hold_id = h.id and i.quota_id = ${quotaId} and h.status = 'active' and h.expires_at <= ${now.toISOString()}::timestamptz
      returning i.quantity
    )
    update ga_quotas set held = held - coalesce((select sum(quantity) from expired), 0)
    where id = ${quotaId}`);
}

/** Loads a hold for its owner, locked for the rest of the transaction. */
export async function lockOwnedHold(tx: Tx, holder: Holder, holdId: string) {
  const [hold] = await tx.select().from(holds).where(eq(holds.id, holdId)).for("update");
  if (!hold || !ownsHold(holder, hold)) throw new DomainError("HOLD_NOT_FOUND", "This hold does not exist.");
  return hold;
}

export async function releaseHold(
  deps: InventoryDeps,
  holder: Holder,
  holdId: string,
): Promise<{ released: boolean }> {
  return deps.db.transaction(async (tx) => {
    const hold = await lockOwnedHold(tx, holder, holdId);
    if (hold.status !== "active") return { released: false };
    await endHold(tx, hold, "released", deps.now);
    return { released: true };
  });
}

/** Ends an active hold: its seats and GA places go back on sale, and watchers hear of it. */
export async function endHold(
  tx: Tx,
  hold: { id: string; showId: string },
  status: "released" | "expired",
  now: Date,
): Promise<void> {
  const [ended] = await tx
    .update(holds)
    .set({ status, updatedAt: now })
    .where(eq(holds.id, hold.id))
    .returning({ userId: holds.userId });
  if (ended?.userId) await recordHoldEvent(tx, { ...hold, userId: ended.userId }, status, null);
  const freed = await tx
    .update(showSeats)
    .set({ status: "available", holdId: null, heldUntil: null })
    .where(and(eq(showSeats.holdId, hold.id), eq(showSeats.status, "held")))
    .returning({ seatId: showSeats.seatId });
  const gaItems = await tx.select().from(holdGaItems).where(eq(holdGaItems.holdId, hold.id));
  const quotaChanges = [];
  for (const item of gaItems) {
    const [quota] = await tx
      .update(gaQuotas)
      .set({ held: sql`${gaQuotas.held} - ${item.quantity}` })
      .where(eq(gaQuotas.id, item.quotaId))
      .returning({ available: sql<number>`${gaQuotas.capacity} - ${gaQuotas.sold} - ${gaQuotas.held}` });
    if (quota) quotaChanges.push({ quotaId: item.quotaId, available: quota.available });
  }
  if (freed.length > 0 || quotaChanges.length > 0) {
    await recordSeatChanges(
      tx,
      hold.showId,
      seatChanges(
        freed.map((f) => f.seatId),
        "available",
      ),
      quotaChanges,
    );
  }
}

export async function extendHold(deps: InventoryDeps, holder: Holder, holdId: string): Promise<HoldResult> {
  return deps.db.transaction(async (tx) => {
    const hold = await lockOwnedHold(tx, holder, holdId);
    if (hold.status !== "active") throw new DomainError("HOLD_NOT_ACTIVE", "This hold has ended.");
    if (hold.expiresAt <= deps.now)
      throw new DomainError("HOLD_EXPIRED", "This hold has expired. Please choose seats again.");
    if (hold.extendedAt)
      throw new DomainError("HOLD_ALREADY_EXTENDED", "This hold has already been extended once.");
    const expiresAt = new Date(hold.expiresAt.getTime() + deps.config.HOLD_EXTENSION_MINUTES * 60_000);
    await tx
      .update(holds)
      .set({ expiresAt, extendedAt: deps.now, updatedAt: deps.now })
      .where(eq(holds.id, hold.id));
    if (hold.userId) await recordHoldEvent(tx, { ...hold, userId: hold.userId }, "extended", expiresAt);
    const held = await tx
      .update(showSeats)
      .set({ heldUntil: expiresAt })
      .where(and(eq(showSeats.holdId, hold.id), eq(showSeats.status, "held")))
      .returning({ seatId: showSeats.seatId });
    const gaItems = await tx.select().from(holdGaItems).where(eq(holdGaItems.holdId, hold.id));
    return {
      holdId: hold.id,
      showId: hold.showId,
      expiresAt,
      seatIds: held.map((h) => h.seatId),
      generalAdmission: gaItems.map((i) => ({ quotaId: i.quotaId, quantity: i.quantity })),
      canExtend: false,
    };
  });
}

/** A signed-in buyer's apps hear on their private channel when their hold ends or is extended. */
async function recordHoldEvent(
  tx: Tx,
  hold: { id: string; showId: string; userId: string },
  status: "extended" | "released" | "expired",
  expiresAt: Date | null,
) {
  await recordOutboxEvents(tx, [
    {
      aggregateType: "hold",
      aggregateId: hold.id,
      type: status === "extended" ? "hold.extended" : "hold.ended",
      payload: {
        holdId: hold.id,
        showId: hold.showId,
        userId: hold.userId,
        status,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    },
  ]);
}
