import type { Money } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { BookingDeps } from "../booking/deps.ts";
import { processRefund } from "../booking/refunds.ts";
import { recordSeatChanges, seatChanges } from "../inventory/seat-changes.ts";

const { orders, tickets, showSeats, gaQuotas, orderItems, payments, refunds } = schema;

/**
 * The organizer cancelled the show: the order's valid tickets are refunded and everything
 * paid that was not yet returned goes back, fees included. The seats are blocked (the show
 * will not happen). Returns what was refunded; nothing if the order was already settled.
 */
export async function refundOrderOfCancelledShow(deps: BookingDeps, orderId: string): Promise<Money | null> {
  const outcome = await deps.db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order || (order.status !== "confirmed" && order.status !== "partially_refunded")) return null;
    const valid = await tx
      .select({ id: tickets.id, seatId: tickets.seatId, quotaId: orderItems.gaQuotaId })
      .from(tickets)
      .innerJoin(orderItems, eq(orderItems.id, tickets.orderItemId))
      .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
    const ticketIds = valid.map((t) => t.id);
    if (ticketIds.length > 0) {
      await tx
        .update(tickets)
        .set({ status: "refunded", cancelledAt: deps.now })
        .where(inArray(tickets.id, ticketIds));
      const freed = await tx
        .update(showSeats)
        .set({ status: "blocked", ticketId: null, holdId: null, heldUntil: null })
        .where(and(eq(showSeats.showId, order.showId), inArray(showSeats.ticketId, ticketIds)))
        .returning({ seatId: showSeats.seatId });
      const perQuota = new Map<string, number>();
      for (const t of valid) if (t.quotaId) perQuota.set(t.quotaId, (perQuota.get(t.quotaId) ?? 0) + 1);
      for (const [quotaId, quantity] of perQuota)
        await tx
          .update(gaQuotas)
          .set({ sold: sql`${gaQuotas.sold} - ${quantity}` })
          .where(eq(gaQuotas.id, quotaId));
      if (freed.length > 0)
        await recordSeatChanges(
          tx,
          order.showId,
          seatChanges(
            freed.map((f) => f.seatId),
            "blocked",
          ),
        );
    }
    const [payment] = await tx
      .select({
        id: payments.id,
        captured: payments.capturedMinor,
        alreadyRefunded: sql<string>`coalesce((select sum(${refunds.amountMinor}) from ${refunds}
          where ${refunds.paymentId} = ${payments.id} and ${refunds.status} <> 'failed'), 0)`,
      })
      .from(payments)
      .where(
        and(eq(payments.orderId, order.id), inArray(payments.status, ["succeeded", "partially_refunded"])),
      );
    const due = payment ? Number(payment.captured) - Number(payment.alreadyRefunded) : 0;
    let refundId: string | null = null;
    if (payment && due > 0) {
      const [refund] = await tx
        .insert(refunds)
        .values({
          paymentId: payment.id,
          orderId: order.id,
          amountMinor: due,
          currency: order.currency,
          reason: "show_cancelled",
          ticketIds,
        })
        .returning({ id: refunds.id });
      refundId = refund?.id ?? null;
    }
    await tx
      .update(orders)
      .set({
        status: due > 0 || order.status === "partially_refunded" ? "refunded" : "cancelled",
        cancelledAt: deps.now,
        updatedAt: deps.now,
      })
      .where(eq(orders.id, order.id));
    return { refundId, amount: { amountMinor: due, currency: order.currency } };
  });
  if (!outcome) return null;
  if (outcome.refundId) await processRefund(deps, outcome.refundId);
  return outcome.amount;
}
