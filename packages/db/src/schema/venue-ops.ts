import { relations, sql } from "drizzle-orm";
import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./booking.ts";
import { shows, venues } from "./catalog.ts";
import { at, createdAt, currency, id, minor } from "./columns.ts";
import { checkinResultEnum, terminalKindEnum } from "./enums.ts";
import { organizations, users } from "./identity.ts";

/** A paired box-office or kiosk device. */
export const terminals = pgTable(
  "terminals",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    venueId: uuid()
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    kind: terminalKindEnum().notNull(),
    name: text().notNull(),
    /** SHA-256 (hex) of the device's bearer credential; null until paired or after revocation. */
    credentialHash: text().unique("terminals_credential_hash_unique"),
    pairedAt: at(),
    revokedAt: at(),
    lastSeenAt: at(),
    createdAt: createdAt(),
  },
  (t) => [index("terminals_venue_idx").on(t.venueId)],
);

/** One-time codes an organizer shows to a new device to pair it with a venue. */
export const pairingCodes = pgTable("pairing_codes", {
  id: id(),
  venueId: uuid()
    .notNull()
    .references(() => venues.id, { onDelete: "cascade" }),
  kind: terminalKindEnum().notNull(),
  codeHash: text().notNull().unique("pairing_codes_code_hash_unique"),
  expiresAt: at().notNull(),
  usedAt: at(),
  createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/** A cashier's session at a terminal, with its cash drawer. */
export const cashShifts = pgTable(
  "cash_shifts",
  {
    id: id(),
    terminalId: uuid()
      .notNull()
      .references(() => terminals.id),
    cashierUserId: uuid()
      .notNull()
      .references(() => users.id),
    venueId: uuid()
      .notNull()
      .references(() => venues.id),
    currency: currency().notNull(),
    openingFloatMinor: minor().notNull(),
    /** Opening float plus cash taken minus cash refunded, kept up to date by each sale. */
    expectedMinor: minor().notNull(),
    /** What the cashier counted at close. */
    countedMinor: minor(),
    openedAt: at().notNull().defaultNow(),
    closedAt: at(),
  },
  (t) => [
    // A terminal has at most one open shift.
    uniqueIndex("cash_shifts_one_open_per_terminal").on(t.terminalId).where(sql`${t.closedAt} is null`),
    index("cash_shifts_cashier_idx").on(t.cashierUserId, t.openedAt),
  ],
);

/** Every scan at the door, admitted or not (the ticket's checkedInAt records the admission). */
export const checkinScans = pgTable(
  "checkin_scans",
  {
    id: id(),
    ticketId: uuid().references(() => tickets.id, { onDelete: "set null" }),
    showId: uuid().references(() => shows.id, { onDelete: "set null" }),
    terminalId: uuid().references(() => terminals.id, { onDelete: "set null" }),
    /** Free-text name of the scanning device (phone of a door steward, gate 3, ...). */
    deviceLabel: text(),
    scannedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    result: checkinResultEnum().notNull(),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    index("checkin_scans_ticket_idx").on(t.ticketId),
    index("checkin_scans_show_at_idx").on(t.showId, t.at),
  ],
);

export const terminalsRelations = relations(terminals, ({ one, many }) => ({
  organization: one(organizations, { fields: [terminals.organizationId], references: [organizations.id] }),
  venue: one(venues, { fields: [terminals.venueId], references: [venues.id] }),
  cashShifts: many(cashShifts),
}));

export const pairingCodesRelations = relations(pairingCodes, ({ one }) => ({
  venue: one(venues, { fields: [pairingCodes.venueId], references: [venues.id] }),
  createdBy: one(users, { fields: [pairingCodes.createdByUserId], references: [users.id] }),
}));

export const cashShiftsRelations = relations(cashShifts, ({ one }) => ({
  terminal: one(terminals, { fields: [cashShifts.terminalId], references: [terminals.id] }),
  cashier: one(users, { fields: [cashShifts.cashierUserId], references: [users.id] }),
  venue: one(venues, { fields: [cashShifts.venueId], references: [venues.id] }),
}));

export const checkinScansRelations = relations(checkinScans, ({ one }) => ({
  ticket: one(tickets, { fields: [checkinScans.ticketId], references: [tickets.id] }),
  show: one(shows, { fields: [checkinScans.showId], references: [shows.id] }),
  terminal: one(terminals, { fields: [checkinScans.terminalId], references: [terminals.id] }),
  scannedBy: one(users, { fields: [checkinScans.scannedByUserId], references: [users.id] }),
}));
