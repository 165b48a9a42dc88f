import type { Order } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { assertCanAccessOrder, type OrderReader } from "./access.ts";
import { loadOrder, loadOrders } from "./order-view.ts";

const { orders } = schema;

export async function orderFor(db: Database, reader: OrderReader, orderId: string): Promise<Order> {
  const [owner] = await db
    .select({ userId: orders.userId, organizationId: orders.organizationId })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!owner) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  await assertCanAccessOrder(db, reader, owner);
  const order = await loadOrder(db, orderId);
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  // Staff and terminals may look at a buyer's order; only the buyer gets the payment's client secret.
  const buyer = reader.user !== null && reader.user.id === owner.userId;
  return buyer || !order.payment ? order : { ...order, payment: { ...order.payment, clientSecret: null } };
}

const encodeCursor = (createdAt: Date, id: string) =>
  Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new DomainError("VALIDATION_FAILED", "The page cursor is not valid.");
  return { createdAt, id };
}

/** The buyer's bookings, newest first, a page at a time. */
export async function ordersOfUser(
  db: Database,
  userId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await db
    .select({ id: orders.id, createdAt: orders.createdAt })
    .from(orders)
    .where(
      and(
        eq(orders.userId, userId),
        after
          ? or(
              lt(orders.createdAt, after.createdAt),
              and(eq(orders.createdAt, after.createdAt), lt(orders.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    items: await loadOrders(
      db,
      pageRows.map((r) => r.id),
    ),
    nextCursor: rows.length > page.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
