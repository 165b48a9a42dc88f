import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { events, shows } from "./catalog.ts";
import { at, createdAt, currency, id, minor, updatedAt } from "./columns.ts";
import { organizations } from "./identity.ts";

/** 10 000 basis points = ×1.00. */
export const BASE_MULTIPLIER_BPS = 10_000;

export const priceTiers = pgTable(
  "price_tiers",
  {
    id: id(),
    showId: uuid()
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    name: text().notNull(),
    code: text().notNull(),
    /** Base price; the price charged is priceMinor × multiplierBps / 10 000. */
    priceMinor: minor().notNull(),
    currency: currency().notNull(),
    /** Seat-map colour, e.g. "#7c3aed". */
    color: text(),
    sortOrder: smallint().notNull().default(0),
    /** Current dynamic-pricing multiplier. */
    multiplierBps: integer().notNull().default(BASE_MULTIPLIER_BPS),
    createdAt: createdAt(),
  },
  (t) => [
    unique("price_tiers_show_code_unique").on(t.showId, t.code),
    check("price_tiers_price_nonnegative", sql`${t.priceMinor} >= 0`),
    check("price_tiers_multiplier_positive", sql`${t.multiplierBps} > 0`),
  ],
);

/** A dynamic-pricing rule for a whole organization, one event or one show (narrowest wins). */
export const pricingRules = pgTable(
  "pricing_rules",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    eventId: uuid().references(() => events.id, { onDelete: "cascade" }),
    showId: uuid().references(() => shows.id, { onDelete: "cascade" }),
    /** e.g. "occupancy", "time_to_show". */
    kind: text().notNull(),
    params: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    minMultiplierBps: integer().notNull().default(BASE_MULTIPLIER_BPS),
    maxMultiplierBps: integer().notNull().default(BASE_MULTIPLIER_BPS),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("pricing_rules_organization_idx").on(t.organizationId),
    check(
      "pricing_rules_multiplier_range",
      sql`${t.minMultiplierBps} > 0 and ${t.minMultiplierBps} <= ${t.maxMultiplierBps}`,
    ),
  ],
);

export const priceHistory = pgTable(
  "price_history",
  {
    id: id(),
    showId: uuid()
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    tierId: uuid()
      .notNull()
      .references(() => priceTiers.id, { onDelete: "cascade" }),
    multiplierBps: integer().notNull(),
    /** Effective price after the multiplier. */
    priceMinor: minor().notNull(),
    reason: text(),
    at: at().notNull().defaultNow(),
  },
  (t) => [index("price_history_show_at_idx").on(t.showId, t.at)],
);

export const priceTiersRelations = relations(priceTiers, ({ one, many }) => ({
  show: one(shows, { fields: [priceTiers.showId], references: [shows.id] }),
  history: many(priceHistory),
}));

export const pricingRulesRelations = relations(pricingRules, ({ one }) => ({
  organization: one(organizations, { fields: [pricingRules.organizationId], references: [organizations.id] }),
  event: one(events, { fields: [pricingRules.eventId], references: [events.id] }),
  show: one(shows, { fields: [pricingRules.showId], references: [shows.id] }),
}));

export const priceHistoryRelations = relations(priceHistory, ({ one }) => ({
  show: one(shows, { fields: [priceHistory.showId], references: [shows.id] }),
  tier: one(priceTiers, { fields: [priceHistory.tierId], references: [priceTiers.id] }),
}));
