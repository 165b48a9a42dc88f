import { type Database, schema } from "@marquee/db";
import { and, eq, inArray, lte } from "drizzle-orm";
import { releasePromo } from "./promo.ts";

/**
 * Orders whose hold ran out unpaid end as expired and give back their promo use. A payment that
 * still arrives later is handled by confirmation (seats re-claimed or the money returned).
 */
export async function expireUnpaidOrders(db: Database, now: Date, batchSize = 200): Promise<number> {
  const { orders, payments } = schema;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.status, "pending_payment"), lte(orders.expiresAt, now)))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return 0;
    const ids = due.map((o) => o.id);
    await tx.update(orders).set({ status: "expired", updatedAt: now }).where(inArray(orders.id, ids));
    await tx
      .update(payments)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(inArray(payments.orderId, ids), eq(payments.status, "pending")));
    for (const id of ids) await releasePromo(tx, id);
    return ids.length;
  });
}
