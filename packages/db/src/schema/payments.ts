import { relations, sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { orders } from "./booking.ts";
import { at, createdAt, currency, id, minor, updatedAt } from "./columns.ts";
import { paymentGatewayEnum, paymentStatusEnum, refundStatusEnum } from "./enums.ts";
import { cashShifts } from "./venue-ops.ts";

export const payments = pgTable(
  "payments",
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    gateway: paymentGatewayEnum().notNull(),
    status: paymentStatusEnum().notNull().default("pending"),
    amountMinor: minor().notNull(),
    currency: currency().notNull(),
    /** The gateway's id (Stripe PaymentIntent, terminal transaction); one payment row per id. */
    gatewayRef: text(),
    capturedMinor: minor().notNull().default(0),
    refundedMinor: minor().notNull().default(0),
    /** Cash handed over and change given, for cash payments. */
    tenderedMinor: minor(),
    changeMinor: minor(),
    cashShiftId: uuid().references(() => cashShifts.id),
    failureCode: text(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("payments_gateway_ref_unique").on(t.gateway, t.gatewayRef),
    index("payments_order_idx").on(t.orderId),
    index("payments_cash_shift_idx").on(t.cashShiftId).where(sql`${t.cashShiftId} is not null`),
    check(
      "payments_amounts_consistent",
      sql`${t.amountMinor} >= 0 and ${t.capturedMinor} >= 0 and ${t.refundedMinor} >= 0 and ${t.refundedMinor} <= ${t.capturedMinor}`,
    ),
  ],
);

export const refunds = pgTable(
  "refunds",
  {
    id: id(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    amountMinor: minor().notNull(),
    currency: currency().notNull(),
    status: refundStatusEnum().notNull().default("pending"),
    /** e.g. customer_cancellation, show_cancelled, late_payment. */
    reason: text().notNull(),
    gatewayRef: text().unique("refunds_gateway_ref_unique"),
    /** Tickets this refund cancels; empty for a pure money refund. */
    ticketIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("refunds_payment_idx").on(t.paymentId),
    index("refunds_order_idx").on(t.orderId),
    check("refunds_amount_positive", sql`${t.amountMinor} > 0`),
  ],
);

/** Webhook deliveries already seen: a redelivered event is recognised and skipped. */
export const gatewayEvents = pgTable(
  "gateway_events",
  {
    id: id(),
    gateway: paymentGatewayEnum().notNull(),
    eventId: text().notNull(),
    type: text().notNull(),
    payload: jsonb(),
    receivedAt: at().notNull().defaultNow(),
    processedAt: at(),
  },
  (t) => [unique("gateway_events_gateway_event_unique").on(t.gateway, t.eventId)],
);

/** What a reconciliation run found between the gateway's records and ours, and what it did. */
export const reconciliationFindings = pgTable(
  "reconciliation_findings",
  {
    id: id(),
    runAt: at().notNull(),
    gateway: paymentGatewayEnum().notNull(),
    /** e.g. missing_payment, amount_mismatch, orphan_capture. */
    kind: text().notNull(),
    gatewayRef: text(),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    /** e.g. confirmed_order, refunded, flagged. */
    action: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("reconciliation_findings_run_idx").on(t.runAt)],
);

export const paymentsRelations = relations(payments, ({ one, many }) => ({
  order: one(orders, { fields: [payments.orderId], references: [orders.id] }),
  cashShift: one(cashShifts, { fields: [payments.cashShiftId], references: [cashShifts.id] }),
  refunds: many(refunds),
}));

export const refundsRelations = relations(refunds, ({ one }) => ({
  payment: one(payments, { fields: [refunds.paymentId], references: [payments.id] }),
  order: one(orders, { fields: [refunds.orderId], references: [orders.id] }),
}));

export const reconciliationFindingsRelations = relations(reconciliationFindings, ({ one }) => ({
  order: one(orders, { fields: [reconciliationFindings.orderId], references: [orders.id] }),
}));
