import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, char, check, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { cities, events, venues } from "./catalog.ts";
import { at, createdAt, currency, id, updatedAt } from "./columns.ts";
import { memberRoleEnum, userRoleEnum } from "./enums.ts";

export const users = pgTable(
  "users",
  {
    id: id(),
    /** Always lowercased by the application; the check keeps it that way. */
    email: text().notNull().unique(),
    /** Null for accounts that never set a password (OAuth, erased). */
    passwordHash: text(),
    name: text().notNull(),
    role: userRoleEnum().notNull().default("buyer"),
    locale: text().notNull().default("en"),
    preferredCityId: uuid().references(() => cities.id, { onDelete: "set null" }),
    emailVerifiedAt: at(),
    disabledAt: at(),
    /** GDPR erase: personal data is scrubbed and the row kept so orders stay consistent. */
    deletedAt: at(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

export const organizations = pgTable("organizations", {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** ISO 3166-1 alpha-2. */
  country: char({ length: 2 }).notNull(),
  /** Default currency for new fees and promo codes. */
  currency: currency().notNull(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRoleEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

/** The venues a cashier may sell at; a cashier without rows here can sell nowhere. */
export const cashierVenues = pgTable(
  "cashier_venues",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    venueId: uuid()
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.venueId] }), index("cashier_venues_venue_idx").on(t.venueId)],
);

/**
 * Refresh-token sessions. Rotation replaces a row with a new one in the same family; reuse of
 * a replaced token revokes the whole family.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the opaque token; the token itself is never stored. */
    tokenHash: text().notNull().unique("sessions_token_hash_unique"),
    familyId: uuid().notNull(),
    expiresAt: at().notNull(),
    revokedAt: at(),
    replacedById: uuid().references((): AnyPgColumn => sessions.id, { onDelete: "set null" }),
    userAgent: text(),
    ip: text(),
    /** Set for a cashier's session at a box-office terminal: it only works with that device. */
    terminalId: uuid(),
    /** When the family's first sign-in happened: bounds the family's absolute lifetime. */
    familyStartedAt: at().notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_family_idx").on(t.familyId)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  preferredCity: one(cities, { fields: [users.preferredCityId], references: [cities.id] }),
  memberships: many(memberships),
  cashierVenues: many(cashierVenues),
  sessions: many(sessions),
}));

export const organizationsRelations = relations(organizations, ({ many }) => ({
  memberships: many(memberships),
  venues: many(venues),
  events: many(events),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  organization: one(organizations, { fields: [memberships.organizationId], references: [organizations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const cashierVenuesRelations = relations(cashierVenues, ({ one }) => ({
  user: one(users, { fields: [cashierVenues.userId], references: [users.id] }),
  venue: one(venues, { fields: [cashierVenues.venueId], references: [venues.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
