import { type DbExecutor, reusableInsert, reusableQuery, schema, type Tx, valueAtRun } from "@marquee/db";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { recordOutboxEvents } from "../../outbox.ts";
import { recordSeatChanges } from "../inventory/seat-changes.ts";
import { signTicket, venueSigningKey } from "../tickets/signing.ts";
import { moveDrawer } from "../venue-ops/shifts.ts";
import { newTicketCode } from "./codes.ts";
import type { BookingDeps } from "./deps.ts";
import { releasePromo } from "./promo.ts";
import { processRefund } from "./refunds.ts";

const { orders, orderItems, payments, holds, gaQuotas, tickets, shows, seats, refunds } = schema;

const orderOfPayment = sql`(select order_id from payments where id = ${sql.placeholder("paymentId")})`;
const holdOfPaymentLocked = reusableQuery("confirm_hold", (db) =>
  db
    .select()
    .from(holds)
    .where(sql`${holds.id} = (select hold_id from orders where id = ${orderOfPayment})`)
    .for("update"),
);
/** The order, locked, with the venue its tickets are signed for. */
const orderOfPaymentLocked = reusableQuery("confirm_order", (db) =>
  db
    .select({ order: orders, venueId: shows.venueId })
    .from(orders)
    .innerJoin(shows, eq(shows.id, orders.showId))
    .where(sql`${orders.id} = ${orderOfPayment}`)
    .for("update", { of: orders }),
);
const paymentLocked = reusableQuery("confirm_payment", (db) =>
  db
    .select()
    .from(payments)
    .where(eq(payments.id, sql.placeholder("paymentId")))
    .for("update"),
);
const itemsOfPayment = reusableQuery("confirm_items", (db) =>
  db
    .select({ item: orderItems, label: seats.label })
    .from(orderItems)
    .leftJoin(seats, eq(seats.id, orderItems.seatId))
    .where(sql`${orderItems.orderId} = ${orderOfPayment}`),
);
/** A payment in these states had its success applied already: a second report changes nothing. */
const appliedStatuses = ["succeeded", "refunded", "partially_refunded"] as const;
const paymentSucceeded = reusableQuery("confirm_payment_succeeded", (db) =>
  db
    .update(payments)
    .set({
      status: "succeeded",
      capturedMinor: valueAtRun<number>("capturedMinor"),
      gatewayRef: valueAtRun<string>("gatewayRef"),
      updatedAt: valueAtRun<Date>("now"),
    })
    .where(
      and(eq(payments.id, sql.placeholder("paymentId")), notInArray(payments.status, [...appliedStatuses])),
    ),
);
const holdConverted = reusableQuery("confirm_hold_converted", (db) =>
  db
    .update(holds)
    .set({ status: "converted", updatedAt: valueAtRun<Date>("now") })
    .where(eq(holds.id, sql.placeholder("holdId"))),
);
const orderConfirmed = reusableQuery("confirm_order_confirmed", (db) =>
  db
    .update(orders)
    .set({
      status: "confirmed",
      confirmedAt: valueAtRun<Date>("now"),
      updatedAt: valueAtRun<Date>("now"),
    })
    .where(eq(orders.id, sql.placeholder("orderId"))),
);

/** A seat with a valid ticket already is gone, whatever its inventory row says: no second ticket. */
const insertTickets = reusableInsert("confirm_tickets", tickets, (insert) =>
  insert
    .onConflictDoNothing({ target: [tickets.showId, tickets.seatId], where: sql`status = 'valid'` })
    .returning({ id: tickets.id }),
);

export type ConfirmOutcome = "confirmed" | "already_applied" | "refunded_seats_gone";

class SeatsGone extends Error {}

/**
 * A payment succeeded: the order is confirmed, its seats sold and its tickets issued in one
 * transaction. Reported twice, the second report changes nothing. If the hold expired and the
 * seats went to someone else, the money goes back instead (money and seats always agree).
 */
export async function confirmPayment(
  deps: BookingDeps,
  paymentId: string,
  capture: { gatewayRef: string; amountMinor: number },
): Promise<ConfirmOutcome> {
  const result = await deps.db.transaction(async (tx) => {
    // Locks in the order checkout takes them (hold, then order, then payment), sent together
    // with the reads a sale needs and the payment's success (which changes nothing if it was
    // applied before): one round trip.
    const [[hold], [ordered], [payment], items] = await Promise.all([
      holdOfPaymentLocked(tx, { paymentId }),
      orderOfPaymentLocked(tx, { paymentId }),
      paymentLocked(tx, { paymentId }),
      itemsOfPayment(tx, { paymentId }),
      paymentSucceeded(tx, {
        paymentId,
        capturedMinor: capture.amountMinor,
        gatewayRef: capture.gatewayRef,
        now: deps.now,
      }),
    ]);
    if (!ordered || !payment) throw new Error(`order of payment ${paymentId} not found`);
    const { order, venueId } = ordered;
    if ((appliedStatuses as readonly string[]).includes(payment.status))
      return { outcome: "already_applied" as const };
    // Cash lands in the drawer of the shift that took it, whatever happens to the sale.
    if (payment.cashShiftId) await moveDrawer(tx, payment.cashShiftId, capture.amountMinor);

    // A capture that is not the order's price (a tampered or misconfigured charge) never sells.
    const amountAgrees = capture.amountMinor === payment.amountMinor;
    const sold =
      order.status === "confirmed" || !amountAgrees
        ? false
        : await sellOrder(tx, deps.now, { order, hold, items, venueId });
    if (!sold) {
      // The seats are gone (or the order was already paid another way): refund this payment.
      await tx
        .update(orders)
        .set({ status: "refunded", updatedAt: deps.now })
        .where(and(eq(orders.id, order.id), sql`${orders.status} <> 'confirmed'`));
      await releasePromo(tx, order.id);
      if (capture.amountMinor === 0) return { outcome: "refunded_seats_gone" as const, refundId: undefined };
      const [refund] = await tx
        .insert(refunds)
        .values({
          paymentId: payment.id,
          orderId: order.id,
          amountMinor: capture.amountMinor,
          currency: payment.currency,
          reason: amountAgrees ? "seats_unavailable_after_late_payment" : "amount_mismatch",
          createdAt: deps.now,
        })
        .returning({ id: refunds.id });
      await recordOutboxEvents(tx, [
        {
          aggregateType: "order",
          aggregateId: order.id,
          type: "order.payment_refunded",
          payload: { orderId: order.id, userId: order.userId, reason: "seats_unavailable" },
        },
      ]);
      if (order.userId) {
        await tx.insert(schema.notifications).values({
          userId: order.userId,
          kind: "payment_refunded",
          title: "Your payment was refunded",
          body: `Your seats for booking ${order.code} were released before your payment arrived, so we refunded it in full.`,
          data: { orderId: order.id },
        });
      }
      return { outcome: "refunded_seats_gone" as const, refundId: refund?.id };
    }
    return { outcome: "confirmed" as const };
  });
  if (result.outcome === "refunded_seats_gone" && result.refundId) await processRefund(deps, result.refundId);
  return result.outcome;
}

interface Sale {
  order: typeof orders.$inferSelect;
  hold: typeof holds.$inferSelect | undefined;
  items: { item: typeof orderItems.$inferSelect; label: string | null }[];
  venueId: string;
}

/**
 * Sells the order's seats and GA places (re-claiming them if its hold lapsed), issues its
 * tickets and announces both. False, with nothing of the sale left, if the seats are gone.
 */
async function sellOrder(tx: Tx, now: Date, { order, hold, items, venueId }: Sale): Promise<boolean> {
  const key = await venueSigningKey(tx, venueId);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const ticketRows = items.map(({ item, label }) => {
    const code = newTicketCode();
    return {
      id: uuidv7(),
      orderId: order.id,
      orderItemId: item.id,
      showId: order.showId,
      seatId: item.seatId,
      code,
      qrPayload: signTicket(key, { t: code, s: order.showId, l: label, i: issuedAt }),
      issuedAt: now,
    };
  });
  const seated = ticketRows.filter((t) => t.seatId !== null);
  const gaQuotaIds = items.map(({ item }) => item.gaQuotaId);

  // A savepoint: if the seats cannot be had, nothing of the sale remains and the caller refunds.
  // It goes out with what follows (statements run in the order sent); a failure surfaces below.
  const savepoint = Promise.resolve(tx.execute(sql`savepoint sale`));
  savepoint.catch(() => undefined);
  try {
    const gaChanges = await sellGeneralAdmission(tx, gaQuotaIds, hold?.status === "active");
    // The rest is pipelined, in this order, on the transaction's connection: one round trip.
    const [, inserted, claimed] = await Promise.all([
      savepoint,
      insertTickets(tx, ticketRows),
      claimSoldSeats(tx, now, order, seated),
      hold && holdConverted(tx, { holdId: hold.id, now }),
      orderConfirmed(tx, { orderId: order.id, now }),
      recordSeatChanges(
        tx,
        order.showId,
        seated.map((t) => ({ seatId: t.seatId ?? "", status: "sold" as const })),
        gaChanges,
      ),
      recordOutboxEvents(tx, [
        {
          aggregateType: "order",
          aggregateId: order.id,
          type: "order.confirmed",
          payload: { orderId: order.id, userId: order.userId },
        },
      ]),
    ]);
    if (inserted.length !== ticketRows.length || claimed.length !== seated.length) throw new SeatsGone();
    return true;
  } catch (error) {
    await tx.execute(sql`rollback to savepoint sale`);
    if (error instanceof SeatsGone) return false;
    throw error;
  }
}

/** The order's seats, sold to its tickets: held by its hold, or free again (a lapsed hold). */
function claimSoldSeats(
  tx: Tx,
  now: Date,
  order: typeof orders.$inferSelect,
  seated: { seatId: string | null; id: string }[],
): Promise<unknown[]> {
  if (seated.length === 0) return Promise.resolve([]);
  const pairs = sql.join(
    seated.map((t) => sql`(${t.seatId}::uuid, ${t.id}::uuid)`),
    sql`, `,
  );
  return tx.execute(sql`
    update show_seats ss set status = 'sold', ticket_id = v.ticket_id, hold_id = ${order.holdId}, held_until = null
    from (values ${pairs}) as v(seat_id, ticket_id)
    where ss.show_id = ${order.showId} and ss.seat_id = v.seat_id and (
      (ss.hold_id = ${order.holdId} and ss.status = 'held')
      or ss.status = 'available'
      or (ss.status = 'held' and ss.held_until <= ${now.toISOString()}::timestamptz))
    returning ss.seat_id`);
}

/** GA places: an active hold's quantity moves from held to sold; a lapsed one must fit again. */
async function sellGeneralAdmission(tx: DbExecutor, itemQuotaIds: (string | null)[], holdCounted: boolean) {
  const perQuota = new Map<string, number>();
  for (const quotaId of itemQuotaIds) if (quotaId) perQuota.set(quotaId, (perQuota.get(quotaId) ?? 0) + 1);
  const changes = [];
  for (const [quotaId, quantity] of perQuota) {
    const [quota] = await tx
      .update(gaQuotas)
      .set(
        holdCounted
          ? { sold: sql`${gaQuotas.sold} + ${quantity}`, held: sql`${gaQuotas.held} - ${quantity}` }
          : { sold: sql`${gaQuotas.sold} + ${quantity}` },
      )
      .where(
        holdCounted
          ? eq(gaQuotas.id, quotaId)
          : and(
              eq(gaQuotas.id, quotaId),
              sql`${gaQuotas.sold} + ${gaQuotas.held} + ${quantity} <= ${gaQuotas.capacity}`,
            ),
      )
      .returning({ available: sql<number>`${gaQuotas.capacity} - ${gaQuotas.sold} - ${gaQuotas.held}` });
    if (!quota) throw new SeatsGone();
    changes.push({ quotaId, available: quota.available });
  }
  return changes;
}
