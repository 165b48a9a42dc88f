import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { seats, shows } from "./catalog.ts";
import { at, createdAt, currency, id, minor, updatedAt } from "./columns.ts";
import { feeKindEnum, orderStatusEnum, promoKindEnum, salesChannelEnum, ticketStatusEnum } from "./enums.ts";
import { organizations, users } from "./identity.ts";
import { gaQuotas, holds } from "./inventory.ts";
import { payments, refunds } from "./payments.ts";
import { priceTiers } from "./pricing.ts";
import { cashShifts, terminals } from "./venue-ops.ts";

export const orders = pgTable(
  "orders",
  {
    id: id(),
    /** Short booking code the customer reads out at the counter. */
    code: text().notNull().unique(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    showId: uuid()
      .notNull()
      .references(() => shows.id),
    holdId: uuid().references(() => holds.id, { onDelete: "set null" }),
    channel: salesChannelEnum().notNull(),
    status: orderStatusEnum().notNull().default("pending_payment"),
    currency: currency().notNull(),
    subtotalMinor: minor().notNull(),
    discountMinor: minor().notNull().default(0),
    feesMinor: minor().notNull().default(0),
    /** Tax share of the total, for receipts and exports. */
    taxMinor: minor().notNull().default(0),
    totalMinor: minor().notNull(),
    promoCodeId: uuid().references(() => promoCodes.id, { onDelete: "set null" }),
    /** Client-chosen key of the checkout request; a replay returns the same order. */
    idempotencyKey: text().notNull().unique("orders_idempotency_key_unique"),
    /** Hash of the request body, to reject a reused key with a different request. */
    requestHash: text().notNull(),
    customerEmail: text(),
    customerName: text(),
    terminalId: uuid().references(() => terminals.id, { onDelete: "set null" }),
    cashShiftId: uuid().references(() => cashShifts.id, { onDelete: "set null" }),
    /** Payment deadline while pending. */
    expiresAt: at(),
    confirmedAt: at(),
    cancelledAt: at(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("orders_user_created_idx").on(t.userId, t.createdAt),
    index("orders_show_status_idx").on(t.showId, t.status),
    index("orders_organization_created_idx").on(t.organizationId, t.createdAt),
    index("orders_pending_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'pending_payment'`),
    check(
      "orders_amounts_nonnegative",
      sql`${t.subtotalMinor} >= 0 and ${t.discountMinor} >= 0 and ${t.feesMinor} >= 0 and ${t.taxMinor} >= 0 and ${t.totalMinor} >= 0`,
    ),
  ],
);

/** One seat, or one general-admission place, of an order. */
export const orderItems = pgTable(
  "order_items",
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    seatId: uuid().references(() => seats.id),
    tierId: uuid()
      .notNull()
      .references(() => priceTiers.id),
    gaQuotaId: uuid().references(() => gaQuotas.id),
    /** Tier price × multiplier at checkout. */
    unitPriceMinor: minor().notNull(),
    multiplierBps: integer().notNull().default(10_000),
    discountMinor: minor().notNull().default(0),
    feeMinor: minor().notNull().default(0),
    totalMinor: minor().notNull(),
  },
  (t) => [
    index("order_items_order_idx").on(t.orderId),
    check("order_items_seat_xor_ga", sql`(${t.seatId} is null) <> (${t.gaQuotaId} is null)`),
  ],
);

export const tickets = pgTable(
  "tickets",
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    orderItemId: uuid()
      .notNull()
      .references(() => orderItems.id),
    showId: uuid()
      .notNull()
      .references(() => shows.id),
    /** Null for general admission. */
    seatId: uuid().references(() => seats.id),
    /** Short unguessable code printed on the ticket. */
    code: text().notNull().unique(),
    status: ticketStatusEnum().notNull().default("valid"),
    /** Signed payload encoded in the QR code; verifies offline with the venue's public key. */
    qrPayload: text().notNull(),
    issuedAt: at().notNull().defaultNow(),
    /** Set once, by the first admitting scan. */
    checkedInAt: at(),
    cancelledAt: at(),
  },
  (t) => [
    // Invariant: a seat of a show is in at most one valid ticket.
    uniqueIndex("tickets_show_seat_valid_unique").on(t.showId, t.seatId).where(sql`${t.status} = 'valid'`),
    index("tickets_order_idx").on(t.orderId),
  ],
);

export const promoCodes = pgTable(
  "promo_codes",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Stored uppercased; customers type it in any case. */
    code: text().notNull(),
    kind: promoKindEnum().notNull(),
    percentBps: integer(),
    amountMinor: minor(),
    currency: currency(),
    validFrom: at(),
    validUntil: at(),
    maxUses: integer(),
    maxUsesPerUser: integer(),
    usedCount: integer().notNull().default(0),
    /** Events it applies to; null = every event of the organization. */
    eventIds: uuid().array(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    unique("promo_codes_organization_code_unique").on(t.organizationId, t.code),
    check("promo_codes_code_uppercase", sql`${t.code} = upper(${t.code})`),
    check(
      "promo_codes_kind_amount",
      sql`(${t.kind} = 'percent' and ${t.percentBps} between 1 and 10000)
        or (${t.kind} = 'fixed' and ${t.amountMinor} > 0 and ${t.currency} is not null)`,
    ),
    check("promo_codes_within_max_uses", sql`${t.maxUses} is null or ${t.usedCount} <= ${t.maxUses}`),
  ],
);

export const promoRedemptions = pgTable(
  "promo_redemptions",
  {
    id: id(),
    promoCodeId: uuid()
      .notNull()
      .references(() => promoCodes.id),
    orderId: uuid()
      .notNull()
      .unique("promo_redemptions_order_unique")
      .references(() => orders.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("promo_redemptions_code_user_idx").on(t.promoCodeId, t.userId)],
);

/** Booking fees an organization charges, per ticket or as a share of the subtotal. */
export const fees = pgTable(
  "fees",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: feeKindEnum().notNull(),
    amountMinor: minor(),
    currency: currency(),
    percentBps: integer(),
    /** Only charged on this channel; null = every channel. */
    channel: salesChannelEnum(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("fees_organization_idx").on(t.organizationId),
    check(
      "fees_kind_amount",
      sql`(${t.kind} = 'per_ticket' and ${t.amountMinor} >= 0 and ${t.currency} is not null)
        or (${t.kind} = 'percent' and ${t.percentBps} between 0 and 10000)`,
    ),
  ],
);

export const ordersRelations = relations(orders, ({ one, many }) => ({
  user: one(users, { fields: [orders.userId], references: [users.id] }),
  organization: one(organizations, { fields: [orders.organizationId], references: [organizations.id] }),
  show: one(shows, { fields: [orders.showId], references: [shows.id] }),
  hold: one(holds, { fields: [orders.holdId], references: [holds.id] }),
  promoCode: one(promoCodes, { fields: [orders.promoCodeId], references: [promoCodes.id] }),
  terminal: one(terminals, { fields: [orders.terminalId], references: [terminals.id] }),
  cashShift: one(cashShifts, { fields: [orders.cashShiftId], references: [cashShifts.id] }),
  items: many(orderItems),
  tickets: many(tickets),
  payments: many(payments),
  refunds: many(refunds),
}));

export const orderItemsRelations = relations(orderItems, ({ one, many }) => ({
  order: one(orders, { fields: [orderItems.orderId], references: [orders.id] }),
  seat: one(seats, { fields: [orderItems.seatId], references: [seats.id] }),
  tier: one(priceTiers, { fields: [orderItems.tierId], references: [priceTiers.id] }),
  gaQuota: one(gaQuotas, { fields: [orderItems.gaQuotaId], references: [gaQuotas.id] }),
  tickets: many(tickets),
}));

export const ticketsRelations = relations(tickets, ({ one }) => ({
  order: one(orders, { fields: [tickets.orderId], references: [orders.id] }),
  orderItem: one(orderItems, { fields: [tickets.orderItemId], references: [orderItems.id] }),
  show: one(shows, { fields: [tickets.showId], references: [shows.id] }),
  seat: one(seats, { fields: [tickets.seatId], references: [seats.id] }),
}));

export const promoCodesRelations = relations(promoCodes, ({ one, many }) => ({
  organization: one(organizations, { fields: [promoCodes.organizationId], references: [organizations.id] }),
  redemptions: many(promoRedemptions),
}));

export const promoRedemptionsRelations = relations(promoRedemptions, ({ one }) => ({
  promoCode: one(promoCodes, { fields: [promoRedemptions.promoCodeId], references: [promoCodes.id] }),
  order: one(orders, { fields: [promoRedemptions.orderId], references: [orders.id] }),
  user: one(users, { fields: [promoRedemptions.userId], references: [users.id] }),
}));

export const feesRelations = relations(fees, ({ one }) => ({
  organization: one(organizations, { fields: [fees.organizationId], references: [organizations.id] }),
}));
