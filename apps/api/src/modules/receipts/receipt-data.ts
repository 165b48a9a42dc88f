import type { Money, Order } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { eq, inArray } from "drizzle-orm";
import { loadOrder } from "../booking/order-view.ts";

const { orders, shows, venues, cities, organizations, users, tickets, orderItems } = schema;

/** Everything printed on an order's tickets and receipt. */
export interface ReceiptData {
  order: Order;
  /** The signed-in buyer, if the order has one (box office sales may not). */
  userId: string | null;
  organizationName: string;
  venueAddress: string;
  buyer: { name: string | null; email: string | null; locale: string };
  tax: Money;
  /** What each ticket cost, by ticket id (its order line's total). */
  ticketPrices: Map<string, Money>;
}

export async function loadReceiptData(db: DbExecutor, orderId: string): Promise<ReceiptData | undefined> {
  const order = await loadOrder(db, orderId);
  if (!order) return undefined;
  const [head] = await db
    .select({
      userId: orders.userId,
      taxMinor: orders.taxMinor,
      customerEmail: orders.customerEmail,
      customerName: orders.customerName,
      organizationName: organizations.name,
      venueAddress: venues.address,
      postalCode: venues.postalCode,
      cityName: cities.name,
      userEmail: users.email,
      userName: users.name,
      locale: users.locale,
    })
    .from(orders)
    .innerJoin(shows, eq(shows.id, orders.showId))
    .innerJoin(venues, eq(venues.id, shows.venueId))
    .innerJoin(cities, eq(cities.id, venues.cityId))
    .innerJoin(organizations, eq(organizations.id, orders.organizationId))
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId));
  if (!head) return undefined;
  const ticketIds = order.tickets.map((t) => t.id);
  const prices =
    ticketIds.length === 0
      ? []
      : await db
          .select({ ticketId: tickets.id, totalMinor: orderItems.totalMinor })
          .from(tickets)
          .innerJoin(orderItems, eq(orderItems.id, tickets.orderItemId))
          .where(inArray(tickets.id, ticketIds));
  const currency = order.price.currency;
  return {
    order,
    userId: head.userId,
    organizationName: head.organizationName,
    venueAddress: [head.venueAddress, head.postalCode, head.cityName].filter(Boolean).join(", "),
    buyer: {
      name: head.customerName ?? head.userName,
      email: head.customerEmail ?? head.userEmail,
      locale: head.locale ?? "en",
    },
    tax: { amountMinor: Number(head.taxMinor), currency },
    ticketPrices: new Map(prices.map((p) => [p.ticketId, { amountMinor: Number(p.totalMinor), currency }])),
  };
}
