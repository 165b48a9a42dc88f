import type { JobServices } from "../../jobs/worker.ts";
import { sendMailOnce } from "../../mail/send-once.ts";
import { messages } from "../notifications/messages.ts";
import { loadReceiptData } from "./receipt-data.ts";
import { ensureOrderDocuments, readOrderDocumentOfKind } from "./store.ts";

/** After confirmation: render and store the order's PDFs, email them, tell the buyer's apps. */
export async function issueOrderDocuments(services: JobServices, payload: { orderId: string }) {
  const { db } = services;
  const data = await loadReceiptData(db, payload.orderId);
  if (!data) return { skipped: "order not found" };
  if (data.order.tickets.length === 0) return { skipped: "no tickets" };
  const stored = await ensureOrderDocuments(db, payload.orderId, services.clock.now(), { data });
  const { order, buyer, userId } = data;
  let emailed = "no address";
  if (buyer.email) {
    const documents = await Promise.all(
      (["tickets", "receipt"] as const).map((kind) => readOrderDocumentOfKind(db, order.id, kind)),
    );
    const text = messages.orderConfirmed(order.code, order.show, order.tickets.length, buyer.locale);
    emailed = await sendMailOnce(db, services.mail, {
      dedupeKey: `order.documents:${order.id}`,
      userId,
      message: {
        to: buyer.email,
        subject: text.subject,
        text: text.text,
        attachments: documents.flatMap((doc) =>
          doc ? [{ filename: doc.filename, content: doc.content, contentType: "application/pdf" }] : [],
        ),
      },
    });
  }
  if (userId) {
    services.realtime.orderUpdate(userId, {
      orderId: order.id,
      kind: "documents_ready",
      status: order.status,
    });
    await services.realtime.flush();
  }
  return { documents: stored.map((doc) => doc.kind), emailed };
}
