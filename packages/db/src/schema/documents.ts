import { relations } from "drizzle-orm";
import { customType, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { orders } from "./booking.ts";
import { at, createdAt, id } from "./columns.ts";
import { users } from "./identity.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * Generated PDFs of an order (its tickets, its receipt). Kept in the database so every api
 * process can serve them; regenerating one replaces it.
 */
export const orderDocuments = pgTable(
  "order_documents",
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    /** tickets, receipt. */
    kind: text().notNull(),
    filename: text().notNull(),
    contentType: text().notNull(),
    byteLength: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("order_documents_order_kind_unique").on(t.orderId, t.kind)],
);

/**
 * Every email the platform sends, keyed by what it is about, so a retried job sends it once
 * (at least once: a crash between sending and recording sends it again).
 */
export const mailLog = pgTable(
  "mail_log",
  {
    id: id(),
    /** e.g. "order.confirmed:<orderId>". */
    dedupeKey: text().notNull().unique(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    /** SMTP message id, or the .eml file written when no SMTP server is configured. */
    transportRef: text(),
    sentAt: at(),
    createdAt: createdAt(),
  },
  (t) => [index("mail_log_user_idx").on(t.userId, t.createdAt)],
);

export const orderDocumentsRelations = relations(orderDocuments, ({ one }) => ({
  order: one(orders, { fields: [orderDocuments.orderId], references: [orders.id] }),
}));

export const mailLogRelations = relations(mailLog, ({ one }) => ({
  user: one(users, { fields: [mailLog.userId], references: [users.id] }),
}));
