import type { Money } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { ShowChangeNotice } from "../../jobs/queues.ts";
import type { JobServices } from "../../jobs/worker.ts";
import { deliverNotice } from "../notifications/deliver.ts";
import { messages } from "../notifications/messages.ts";
import { loadReceiptData } from "../receipts/receipt-data.ts";
import { ensureOrderDocuments } from "../receipts/store.ts";
import { refundOrderOfCancelledShow } from "./refund-order.ts";

const { orders, refunds } = schema;
const PAGE = 200;

/**
 * Every ticket holder of a changed show hears of it; for a cancellation each order is refunded
 * first. Pages through the orders by id, and each step is idempotent, so a retried job
 * picks up where the failed one stopped without refunding or telling anyone twice.
 */
export async function notifyShowChange(services: JobServices, notice: ShowChangeNotice) {
  const statuses =
    notice.type === "show.cancelled"
      ? (["confirmed", "partially_refunded", "refunded", "cancelled"] as const)
      : (["confirmed", "partially_refunded"] as const);
  let after = "00000000-0000-0000-0000-000000000000";
  let told = 0;
  for (;;) {
    const page = await services.db
      .select({ id: orders.id })
      .from(orders)
      .where(
        and(eq(orders.showId, notice.showId), inArray(orders.status, [...statuses]), gt(orders.id, after)),
      )
      .orderBy(asc(orders.id))
      .limit(PAGE);
    for (const { id } of page) if (await tellOrder(services, notice, id)) told += 1;
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = last.id;
  }
  return { told };
}

async function tellOrder(services: JobServices, notice: ShowChangeNotice, orderId: string): Promise<boolean> {
  const now = services.clock.now();
  let refund: Money | null = null;
  if (notice.type === "show.cancelled") {
    const settled = await refundOrderOfCancelledShow({ ...services, now }, orderId);
    // On a retry the order is already settled: what it got back is in the refunds table.
    refund = settled ?? (await showCancellationRefund(services, orderId));
    // An order its buyer had cancelled before the show was cancelled needs no word.
    if (!refund) return false;
  }
  const data = await loadReceiptData(services.db, orderId);
  if (!data || data.order.tickets.length === 0) return false;
  const { order, buyer, userId } = data;
  await ensureOrderDocuments(services.db, order.id, now, { refresh: true, data });
  const dedupeKey = `${notice.type}:${notice.showId}:${notice.outboxId}:${order.id}`;
  const orderData = { orderId: order.id, code: order.code, showId: order.showId };
  const text =
    notice.type === "show.cancelled"
      ? messages.showCancelled(
          order.code,
          order.show,
          refund ?? { amountMinor: 0, currency: order.price.currency },
          notice.reason,
          buyer.locale,
        )
      : messages.showRescheduled(
          order.code,
          order.show,
          notice.previousStartsAt ? new Date(notice.previousStartsAt) : null,
          buyer.locale,
        );
  await deliverNotice(services, {
    userId,
    email: buyer.email,
    notification: {
      kind: notice.type === "show.cancelled" ? "show_cancelled" : "show_changed",
      title: text.title,
      body: text.body,
      data: orderData,
      dedupeKey,
    },
    mail: { subject: text.subject, text: text.text },
  });
  return true;
}

async function showCancellationRefund(services: JobServices, orderId: string): Promise<Money | null> {
  const [row] = await services.db
    .select({
      amount: sql<string>`sum(${refunds.amountMinor})`,
      currency: sql<string>`min(${refunds.currency})`,
    })
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), eq(refunds.reason, "show_cancelled")));
  return row?.amount ? { amountMinor: Number(row.amount), currency: row.currency } : null;
}
