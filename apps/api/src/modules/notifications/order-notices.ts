import type { OrderEventNotice } from "../../jobs/queues.ts";
import type { JobServices } from "../../jobs/worker.ts";
import { loadReceiptData } from "../receipts/receipt-data.ts";
import { ensureOrderDocuments } from "../receipts/store.ts";
import { deliverNotice } from "./deliver.ts";
import { messages } from "./messages.ts";

/**
 * Tells the buyer about an order event. A confirmation's email is the receipts job's (it
 * carries the PDFs); here it becomes an in-app notification only.
 */
export async function notifyOrderEvent(services: JobServices, notice: OrderEventNotice) {
  const data = await loadReceiptData(services.db, notice.orderId);
  if (!data) return { skipped: "order not found" };
  const { order, buyer } = data;
  const show = order.show;
  const dedupeKey = `${notice.type}:${notice.orderId}:${notice.outboxId}`;
  const base = { userId: notice.userId, email: buyer.email };
  const orderData = { orderId: order.id, code: order.code, showId: order.showId };

  if (notice.type === "order.confirmed") {
    const text = messages.orderConfirmed(order.code, show, order.tickets.length, buyer.locale);
    await deliverNotice(services, {
      ...base,
      email: null,
      notification: {
        kind: "order_confirmed",
        title: text.title,
        body: text.body,
        data: orderData,
        dedupeKey,
      },
    });
    return { notified: "order_confirmed" };
  }
  if (notice.type === "order.cancelled") {
    // The stored tickets PDF must no longer show the cancelled tickets as valid.
    if (order.tickets.length > 0)
      await ensureOrderDocuments(services.db, order.id, services.clock.now(), { refresh: true });
    const refund = { amountMinor: notice.refundMinor ?? 0, currency: order.price.currency };
    const cancelled = notice.ticketIds?.length ?? order.tickets.length;
    const text = messages.orderCancelled(order.code, show, cancelled, refund, buyer.locale);
    const kind = refund.amountMinor > 0 ? "refund_issued" : "order_cancelled";
    await deliverNotice(services, {
      ...base,
      notification: { kind, title: text.title, body: text.body, data: { ...orderData, refund }, dedupeKey },
      mail: { subject: text.subject, text: text.text },
    });
    return { notified: kind };
  }
  const text = messages.paymentRefunded(order.code, show, buyer.locale);
  await deliverNotice(services, {
    ...base,
    notification: {
      kind: "payment_refunded",
      title: text.title,
      body: text.body,
      data: orderData,
      dedupeKey,
      // Confirmation writes this notification itself in its transaction; push that one.
      adoptForOrder: order.id,
    },
    mail: { subject: text.subject, text: text.text },
  });
  return { notified: "payment_refunded" };
}
