import { createHash } from "node:crypto";
import type { OrderDocumentKind } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { loadReceiptData, type ReceiptData } from "./receipt-data.ts";
import { renderReceiptPdf } from "./receipt-pdf.ts";
import { renderTicketsPdf } from "./tickets-pdf.ts";

const { orderDocuments } = schema;

export interface StoredDocument {
  id: string;
  kind: OrderDocumentKind;
  filename: string;
  byteLength: number;
}

const storedColumns = {
  id: orderDocuments.id,
  kind: sql<OrderDocumentKind>`${orderDocuments.kind}`,
  filename: orderDocuments.filename,
  byteLength: orderDocuments.byteLength,
};

/**
 * The order's ticket and receipt PDFs, rendered and stored on first need (the receipts job
 * after confirmation, or a box office printing at once); `refresh` re-renders them after a
 * change such as a cancellation.
 */
export async function ensureOrderDocuments(
  db: Database,
  orderId: string,
  now: Date,
  options: { refresh?: boolean; data?: ReceiptData } = {},
): Promise<StoredDocument[]> {
  if (!options.refresh) {
    const existing = await db
      .select(storedColumns)
      .from(orderDocuments)
      .where(eq(orderDocuments.orderId, orderId));
    if (existing.length === 2) return sortByKind(existing);
  }
  const data = options.data ?? (await loadReceiptData(db, orderId));
  if (!data) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  if (data.order.tickets.length === 0)
    throw new DomainError("NOT_FOUND", "This booking has no tickets yet, so it has no documents.");
  const [tickets, receipt] = await Promise.all([renderTicketsPdf(data, now), renderReceiptPdf(data, now)]);
  const rows = [
    { kind: "tickets" as const, content: tickets, filename: `tickets-${data.order.code}.pdf` },
    { kind: "receipt" as const, content: receipt, filename: `receipt-${data.order.code}.pdf` },
  ].map((doc) => ({
    orderId,
    kind: doc.kind,
    filename: doc.filename,
    contentType: "application/pdf",
    byteLength: doc.content.length,
    sha256: createHash("sha256").update(doc.content).digest("hex"),
    content: doc.content,
    createdAt: now,
  }));
  const stored = await db
    .insert(orderDocuments)
    .values(rows)
    .onConflictDoUpdate({
      target: [orderDocuments.orderId, orderDocuments.kind],
      set: {
        filename: sql`excluded.filename`,
        byteLength: sql`excluded.byte_length`,
        sha256: sql`excluded.sha256`,
        content: sql`excluded.content`,
        createdAt: sql`excluded.created_at`,
      },
    })
    .returning(storedColumns);
  return sortByKind(stored);
}

export async function readOrderDocument(db: Database, documentId: string) {
  const [document] = await db
    .select({
      orderId: orderDocuments.orderId,
      kind: orderDocuments.kind,
      filename: orderDocuments.filename,
      contentType: orderDocuments.contentType,
      content: orderDocuments.content,
    })
    .from(orderDocuments)
    .where(eq(orderDocuments.id, documentId));
  return document;
}

export async function readOrderDocumentOfKind(db: Database, orderId: string, kind: OrderDocumentKind) {
  const [document] = await db
    .select({ filename: orderDocuments.filename, content: orderDocuments.content })
    .from(orderDocuments)
    .where(and(eq(orderDocuments.orderId, orderId), eq(orderDocuments.kind, kind)));
  return document;
}

const sortByKind = (documents: StoredDocument[]) =>
  [...documents].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "tickets" ? -1 : 1));
