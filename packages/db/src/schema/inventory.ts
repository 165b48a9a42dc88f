import { relations, sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./booking.ts";
import { seats, shows } from "./catalog.ts";
import { at, createdAt, id, updatedAt } from "./columns.ts";
import { holdStatusEnum, salesChannelEnum, seatStatusEnum } from "./enums.ts";
import { users } from "./identity.ts";
import { priceTiers } from "./pricing.ts";
import { terminals } from "./venue-ops.ts";

/**
 * One row per seat per show: the single inventory every channel sells from. A hold whose
 * heldUntil has passed counts as free; claiming it is the same conditional UPDATE as for an
 * available seat, so expiry needs no sweeper to be correct.
 */
export const showSeats = pgTable(
  "show_seats",
  {
    showId: uuid()
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    seatId: uuid()
      .notNull()
      .references(() => seats.id),
    tierId: uuid()
      .notNull()
      .references(() => priceTiers.id),
    status: seatStatusEnum().notNull().default("available"),
    holdId: uuid().references(() => holds.id),
    heldUntil: at(),
    ticketId: uuid().references(() => tickets.id),
    /** Channels allowed to sell this seat (e.g. house seats for the box office); null = all. */
    channels: salesChannelEnum().array(),
    blockedReason: text(),
    /** The show's seatVersion at this seat's last change. */
    version: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.showId, t.seatId] }),
    index("show_seats_show_status_idx").on(t.showId, t.status),
    index("show_seats_hold_idx").on(t.holdId).where(sql`${t.holdId} is not null`),
    check(
      "show_seats_held_has_hold",
      sql`${t.status} <> 'held' or (${t.holdId} is not null and ${t.heldUntil} is not null)`,
    ),
  ],
);

/** A general-admission allocation of a show: capacity without seats. */
export const gaQuotas = pgTable(
  "ga_quotas",
  {
    id: id(),
    showId: uuid()
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    tierId: uuid()
      .notNull()
      .references(() => priceTiers.id),
    name: text().notNull(),
    capacity: integer().notNull(),
    sold: integer().notNull().default(0),
    /** Quantity in active holds, so a claim is one conditional UPDATE (sold + held + n <= capacity). */
    held: integer().notNull().default(0),
  },
  (t) => [
    index("ga_quotas_show_idx").on(t.showId),
    check(
      "ga_quotas_within_capacity",
      sql`${t.sold} >= 0 and ${t.held} >= 0 and ${t.sold} + ${t.held} <= ${t.capacity}`,
    ),
  ],
);

export const holds = pgTable(
  "holds",
  {
    id: id(),
    showId: uuid()
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    terminalId: uuid().references(() => terminals.id, { onDelete: "set null" }),
    channel: salesChannelEnum().notNull(),
    status: holdStatusEnum().notNull().default("active"),
    expiresAt: at().notNull(),
    extendedAt: at(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("holds_show_user_status_idx").on(t.showId, t.userId, t.status),
    index("holds_active_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'active'`),
  ],
);

export const holdGaItems = pgTable(
  "hold_ga_items",
  {
    holdId: uuid()
      .notNull()
      .references(() => holds.id, { onDelete: "cascade" }),
    quotaId: uuid()
      .notNull()
      .references(() => gaQuotas.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.holdId, t.quotaId] }),
    index("hold_ga_items_quota_idx").on(t.quotaId),
    check("hold_ga_items_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export const showSeatsRelations = relations(showSeats, ({ one }) => ({
  show: one(shows, { fields: [showSeats.showId], references: [shows.id] }),
  seat: one(seats, { fields: [showSeats.seatId], references: [seats.id] }),
  tier: one(priceTiers, { fields: [showSeats.tierId], references: [priceTiers.id] }),
  hold: one(holds, { fields: [showSeats.holdId], references: [holds.id] }),
  ticket: one(tickets, { fields: [showSeats.ticketId], references: [tickets.id] }),
}));

export const gaQuotasRelations = relations(gaQuotas, ({ one, many }) => ({
  show: one(shows, { fields: [gaQuotas.showId], references: [shows.id] }),
  tier: one(priceTiers, { fields: [gaQuotas.tierId], references: [priceTiers.id] }),
  holdItems: many(holdGaItems),
}));

export const holdsRelations = relations(holds, ({ one, many }) => ({
  show: one(shows, { fields: [holds.showId], references: [shows.id] }),
  user: one(users, { fields: [holds.userId], references: [users.id] }),
  terminal: one(terminals, { fields: [holds.terminalId], references: [terminals.id] }),
  seats: many(showSeats),
  gaItems: many(holdGaItems),
}));

export const holdGaItemsRelations = relations(holdGaItems, ({ one }) => ({
  hold: one(holds, { fields: [holdGaItems.holdId], references: [holds.id] }),
  quota: one(gaQuotas, { fields: [holdGaItems.quotaId], references: [gaQuotas.id] }),
}));
