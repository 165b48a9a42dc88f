import { type Money, type Order, type PaymentNextAction, paymentNextActions } from "@marquee/contracts";
import { type DbExecutor, reusableQuery, schema } from "@marquee/db";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";

const {
  orders,
  orderItems,
  tickets,
  payments,
  refunds,
  shows,
  events,
  venues,
  halls,
  holds,
  promoCodes,
  priceTiers,
  seats,
} = schema;

const holdRow = alias(holds, "order_hold");
/** Rows whose `column` is one of the order ids the query runs with. */
const ofOrders = (column: AnyPgColumn) => sql`${column} = any(${sql.placeholder("orderIds")}::uuid[])`;

const orderHeads = reusableQuery("order_view_heads", (db) =>
  db
    .select({
      order: orders,
      startsAt: shows.startsAt,
      eventTitle: events.title,
      venueName: venues.name,
      timeZone: venues.timeZone,
      hallName: halls.name,
      holdExpiresAt: holdRow.expiresAt,
      promoCode: promoCodes.code,
      promoKind: promoCodes.kind,
      promoPercentBps: promoCodes.percentBps,
    })
    .from(orders)
    .innerJoin(shows, eq(shows.id, orders.showId))
    .innerJoin(events, eq(events.id, shows.eventId))
    .innerJoin(venues, eq(venues.id, shows.venueId))
    .innerJoin(halls, eq(halls.id, shows.hallId))
    .leftJoin(holdRow, eq(holdRow.id, orders.holdId))
    .leftJoin(promoCodes, eq(promoCodes.id, orders.promoCodeId))
    .where(ofOrders(orders.id)),
);
const orderLines = reusableQuery("order_view_items", (db) =>
  db
    .select({ item: orderItems, tierName: priceTiers.name, seatLabel: seats.label })
    .from(orderItems)
    .innerJoin(priceTiers, eq(priceTiers.id, orderItems.tierId))
    .leftJoin(seats, eq(seats.id, orderItems.seatId))
    .where(ofOrders(orderItems.orderId))
    .orderBy(asc(orderItems.id)),
);
const orderTickets = reusableQuery("order_view_tickets", (db) =>
  db.select().from(tickets).where(ofOrders(tickets.orderId)).orderBy(asc(tickets.id)),
);
const orderPayments = reusableQuery("order_view_payments", (db) =>
  db
    .select()
    .from(payments)
    .where(ofOrders(payments.orderId))
    .orderBy(desc(payments.createdAt), desc(payments.id)),
);
const orderRefunds = reusableQuery("order_view_refunds", (db) =>
  db
    .select({ orderId: refunds.orderId, amountMinor: sql<number>`sum(${refunds.amountMinor})::bigint` })
    .from(refunds)
    .where(and(ofOrders(refunds.orderId), eq(refunds.status, "succeeded")))
    .groupBy(refunds.orderId),
);

/** Orders as clients see them, built with one query per table for any number of orders. */
export async function loadOrders(db: DbExecutor, orderIds: string[]): Promise<Order[]> {
  if (orderIds.length === 0) return [];
  const [heads, items, ticketRows, paymentRows, refundRows] = await Promise.all([
    orderHeads(db, { orderIds }),
    orderLines(db, { orderIds }),
    orderTickets(db, { orderIds }),
    orderPayments(db, { orderIds }),
    orderRefunds(db, { orderIds }),
  ]);

  const byId = new Map(heads.map((head) => [head.order.id, head]));
  return orderIds.flatMap((orderId): Order[] => {
    const head = byId.get(orderId);
    if (!head) return [];
    const { order } = head;
    const money = (amountMinor: number | string): Money => ({
      amountMinor: Number(amountMinor),
      currency: order.currency,
    });
    const lines = items.filter((row) => row.item.orderId === orderId);
    const labelOfItem = new Map(
      lines.map((row, index) => [row.item.id, row.seatLabel ?? `${row.tierName} #${index + 1}`]),
    );
    const tierOfItem = new Map(lines.map((row) => [row.item.id, row.tierName]));
    const payment = paymentRows.find((p) => p.orderId === orderId);
    const refunded = refundRows.find((r) => r.orderId === orderId)?.amountMinor ?? 0;
    return [
      {
        id: order.id,
        code: order.code,
        status: order.status,
        channel: order.channel,
        showId: order.showId,
        show: {
          startsAt: head.startsAt,
          eventTitle: head.eventTitle,
          venueName: head.venueName,
          hallName: head.hallName,
          timeZone: head.timeZone,
        },
        price: {
          currency: order.currency,
          lines: lines.map(({ item, tierName }) => ({
            seatId: item.seatId,
            label: labelOfItem.get(item.id) ?? tierName,
            tierName,
            unitPrice: money(item.unitPriceMinor),
            discount: money(item.discountMinor),
            fee: money(item.feeMinor),
            total: money(item.totalMinor),
          })),
          subtotal: money(order.subtotalMinor),
          discount: money(order.discountMinor),
          fees: money(order.feesMinor),
          total: money(order.totalMinor),
          promo: head.promoCode
            ? {
                code: head.promoCode,
                description:
                  head.promoKind === "percent" ? `${(head.promoPercentBps ?? 0) / 100}% off` : "Discount",
              }
            : null,
        },
        refunded: money(refunded),
        payment: payment ? paymentView(payment) : null,
        tickets: ticketRows
          .filter((t) => t.orderId === orderId)
          .map((t) => ({
            id: t.id,
            code: t.code,
            seatId: t.seatId,
            label: labelOfItem.get(t.orderItemId) ?? "",
            tierName: tierOfItem.get(t.orderItemId) ?? "",
            status: t.status,
            qr: t.qrPayload,
            checkedInAt: t.checkedInAt,
          })),
        createdAt: order.createdAt,
        confirmedAt: order.confirmedAt,
        cancelledAt: order.cancelledAt,
        expiresAt: order.status === "pending_payment" ? (head.holdExpiresAt ?? order.expiresAt) : null,
      },
    ];
  });
}

const nextActions = new Set<string>(paymentNextActions);

/** The payment as its owner sees it: the next step while one is due, never another secret. */
function paymentView(payment: typeof payments.$inferSelect): NonNullable<Order["payment"]> {
  const due = payment.status === "requires_action";
  const { nextAction, clientSecret } = payment.metadata;
  const money = (amountMinor: number | null): Money | null =>
    amountMinor === null ? null : { amountMinor, currency: payment.currency };
  return {
    id: payment.id,
    gateway: payment.gateway,
    status: payment.status,
    failureCode: payment.failureCode,
    nextAction: due
      ? typeof nextAction === "string" && nextActions.has(nextAction)
        ? (nextAction as PaymentNextAction)
        : "confirm_card"
      : null,
    clientSecret: due && typeof clientSecret === "string" ? clientSecret : null,
    tendered: money(payment.tenderedMinor),
    change: money(payment.changeMinor),
  };
}

export async function loadOrder(db: DbExecutor, orderId: string): Promise<Order | undefined> {
  const [order] = await loadOrders(db, [orderId]);
  return order;
}
