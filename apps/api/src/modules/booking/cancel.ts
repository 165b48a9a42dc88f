import type { CancellationQuote, Order } from "@marquee/contracts";
import { schema, type Tx } from "@marquee/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { recordOutboxEvents } from "../../outbox.ts";
import { type AuditActor, recordAudit } from "../identity/audit.ts";
import { recordSeatChanges, seatChanges } from "../inventory/seat-changes.ts";
import { assertCanAccessOrder, type OrderReader } from "./access.ts";
import type { BookingDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";
import { processRefund } from "./refunds.ts";

const { orders, orderItems, tickets, shows, events, showSeats, gaQuotas, payments, refunds } = schema;

export interface CancelInput {
  orderId: string;
  ticketIds?: string[] | undefined;
}

/** Refund share by notice given: the first rule (most notice first) whose hours are met. */
export function refundPercentFor(
  rules: { hoursBefore: number; refundPercent: number }[],
  hoursBeforeShow: number,
): number | null {
  if (rules.length === 0) return null;
  const sorted = [...rules].sort((a, b) => b.hoursBefore - a.hoursBefore);
  return sorted.find((rule) => hoursBeforeShow >= rule.hoursBefore)?.refundPercent ?? 0;
}

interface CancellationPlan extends CancellationQuote {
  order: typeof orders.$inferSelect;
  tickets: (typeof tickets.$inferSelect & { quotaId: string | null; netMinor: number })[];
}

async function planCancellation(
  tx: Tx,
  deps: BookingDeps,
  reader: OrderReader,
  input: CancelInput,
  mode: "quote" | "cancel",
): Promise<CancellationPlan> {
  const query = tx.select().from(orders).where(eq(orders.id, input.orderId));
  // Only a real cancellation locks the order; anyone who may see it may ask what a refund would be.
  const [order] = mode === "cancel" ? await query.for("update") : await query;
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  await assertCanAccessOrder(tx, reader, order, mode === "cancel" ? "cancel" : "read");
  if (order.status !== "confirmed" && order.status !== "partially_refunded") {
    throw new DomainError("ORDER_NOT_CANCELLABLE", "Only confirmed bookings can be cancelled.");
  }
  const [show] = await tx
    .select({ startsAt: shows.startsAt, policy: events.cancellationPolicy })
    .from(shows)
    .innerJoin(events, eq(events.id, shows.eventId))
    .where(eq(shows.id, order.showId));
  if (!show) throw new DomainError("SHOW_NOT_FOUND", "This show does not exist.");
  const hoursBeforeShow = (show.startsAt.getTime() - deps.now.getTime()) / 3_600_000;
  const refundPercent = refundPercentFor(show.policy.rules, hoursBeforeShow);
  if (hoursBeforeShow <= 0 || refundPercent === null) {
    throw new DomainError("ORDER_NOT_CANCELLABLE", "This booking can no longer be cancelled.");
  }
  const valid = await tx
    .select({
      ticket: tickets,
      quotaId: orderItems.gaQuotaId,
      netMinor: sql<number>`(${orderItems.unitPriceMinor} - ${orderItems.discountMinor})::bigint`,
    })
    .from(tickets)
    .innerJoin(orderItems, eq(orderItems.id, tickets.orderItemId))
    .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
  const wanted = input.ticketIds ? new Set(input.ticketIds) : null;
  const chosen = valid.filter((row) => !wanted || wanted.has(row.ticket.id));
  if (wanted && chosen.length !== wanted.size)
    throw new DomainError("TICKET_NOT_FOUND", "Some of those tickets are not valid tickets of this booking.");
  if (chosen.length === 0)
    throw new DomainError("ORDER_NOT_CANCELLABLE", "This booking has no tickets left to cancel.");
  // Fees are not refunded on a buyer's cancellation; the ticket price is, by the policy's share.
  const netMinor = chosen.reduce((sum, row) => sum + Number(row.netMinor), 0);
  const refundMinor = Math.floor((netMinor * refundPercent) / 100);
  return {
    order,
    orderId: order.id,
    ticketIds: chosen.map((row) => row.ticket.id),
    tickets: chosen.map((row) => ({ ...row.ticket, quotaId: row.quotaId, netMinor: Number(row.netMinor) })),
    refundPercent,
    refund: { amountMinor: refundMinor, currency: order.currency },
    hoursBeforeShow,
  };
}

export async function quoteCancellation(
  deps: BookingDeps,
  reader: OrderReader,
  input: CancelInput,
): Promise<CancellationQuote> {
  return deps.db.transaction(async (tx) => {
    const { orderId, ticketIds, refundPercent, refund, hoursBeforeShow } = await planCancellation(
      tx,
      deps,
      reader,
      input,
      "quote",
    );
    return { orderId, ticketIds, refundPercent, refund, hoursBeforeShow };
  });
}

/** Cancels tickets by the event's policy: seats go back on sale, the refund goes back through the payment's gateway. */
export async function cancelOrder(
  deps: BookingDeps,
  reader: OrderReader & Pick<AuditActor, "ip">,
  input: CancelInput,
): Promise<{ order: Order; refund: CancellationQuote["refund"]; refundPercent: number }> {
  const { refundId, plan } = await deps.db.transaction(async (tx) => {
    const plan = await planCancellation(tx, deps, reader, input, "cancel");
    const { order } = plan;
    const ticketStatus = plan.refund.amountMinor > 0 ? "refunded" : "cancelled";
    await tx
      .update(tickets)
      .set({ status: ticketStatus, cancelledAt: deps.now })
      .where(inArray(tickets.id, plan.ticketIds));
    const freed = await tx
      .update(showSeats)
      .set({ status: "available", ticketId: null, holdId: null, heldUntil: null })
      .where(and(eq(showSeats.showId, order.showId), inArray(showSeats.ticketId, plan.ticketIds)))
      .returning({ seatId: showSeats.seatId });
    const gaChanges = await returnGeneralAdmission(tx, plan.tickets);
    const [remaining] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
    const anyRefund = plan.refund.amountMinor > 0 || order.status === "partially_refunded";
    const status = (remaining?.count ?? 0) > 0 ? "partially_refunded" : anyRefund ? "refunded" : "cancelled";
    await tx
      .update(orders)
      .set({ status, cancelledAt: status === "partially_refunded" ? null : deps.now, updatedAt: deps.now })
      .where(eq(orders.id, order.id));
    let refundId: string | null = null;
    if (plan.refund.amountMinor > 0) {
      const [payment] = await tx
        .select({ id: payments.id })
        .from(payments)
        .where(
          and(eq(payments.orderId, order.id), inArray(payments.status, ["succeeded", "partially_refunded"])),
        );
      if (!payment) throw new Error(`confirmed order ${order.id} has no captured payment`);
      const [refund] = await tx
        .insert(refunds)
        .values({
          paymentId: payment.id,
          orderId: order.id,
          amountMinor: plan.refund.amountMinor,
          currency: order.currency,
          reason: "buyer_cancellation",
          createdAt: deps.now,
          ticketIds: plan.ticketIds,
        })
        .returning({ id: refunds.id });
      refundId = refund?.id ?? null;
    }
    // Money going back (or a sale undone) by staff is audited; a buyer's own cancellation is theirs.
    if (reader.user?.id !== order.userId || reader.device) {
      await recordAudit(tx, reader, {
        action: plan.refund.amountMinor > 0 ? "order.refunded" : "order.cancelled",
        subjectType: "order",
        subjectId: order.id,
        organizationId: order.organizationId,
        data: {
          ticketIds: plan.ticketIds,
          refundMinor: plan.refund.amountMinor,
          currency: order.currency,
        },
      });
    }
    await recordOutboxEvents(tx, [
      {
        aggregateType: "order",
        aggregateId: order.id,
        type: "order.cancelled",
        payload: {
          orderId: order.id,
          userId: order.userId,
          ticketIds: plan.ticketIds,
          refundMinor: plan.refund.amountMinor,
        },
      },
    ]);
    await recordSeatChanges(
      tx,
      order.showId,
      seatChanges(
        freed.map((f) => f.seatId),
        "available",
      ),
      gaChanges,
    );
    return { refundId, plan };
  });
  if (refundId) await processRefund(deps, refundId);
  const order = await loadOrder(deps.db, plan.orderId);
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  return { order, refund: plan.refund, refundPercent: plan.refundPercent };
}

async function returnGeneralAdmission(tx: Tx, cancelled: { quotaId: string | null }[]) {
  const perQuota = new Map<string, number>();
  for (const ticket of cancelled)
    if (ticket.quotaId) perQuota.set(ticket.quotaId, (perQuota.get(ticket.quotaId) ?? 0) + 1);
  const changes = [];
  for (const [quotaId, quantity] of perQuota) {
    const [quota] = await tx
      .update(gaQuotas)
      .set({ sold: sql`${gaQuotas.sold} - ${quantity}` })
      .where(eq(gaQuotas.id, quotaId))
      .returning({ available: sql<number>`${gaQuotas.capacity} - ${gaQuotas.sold} - ${gaQuotas.held}` });
    if (quota) changes.push({ quotaId, available: quota.available });
  }
  return changes;
}
