import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { at, createdAt, currency, id, updatedAt } from "./columns.ts";
import { eventKindEnum, eventStatusEnum, showFormatEnum, showStatusEnum } from "./enums.ts";
import { organizations } from "./identity.ts";
import { gaQuotas, showSeats } from "./inventory.ts";
import { priceTiers } from "./pricing.ts";

export const cities = pgTable("cities", {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** ISO 3166-1 alpha-2. */
  country: char({ length: 2 }).notNull(),
  lat: doublePrecision().notNull(),
  lng: doublePrecision().notNull(),
  /** IANA zone, e.g. Asia/Kolkata: show times are displayed in it. */
  timeZone: text().notNull(),
  currency: currency().notNull(),
});

export const venues = pgTable(
  "venues",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    cityId: uuid()
      .notNull()
      .references(() => cities.id),
    name: text().notNull(),
    slug: text().notNull().unique(),
    address: text().notNull(),
    postalCode: text(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    timeZone: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("venues_city_idx").on(t.cityId), index("venues_organization_idx").on(t.organizationId)],
);

/** Drawing hints for a hall's seat map; seats carry their own x/y in the same unit space. */
export interface HallLayout {
  /** Seat coordinates lie within [0, width] × [0, height]; one unit is about one seat width. */
  bounds: { width: number; height: number };
  /** The screen, stage or court the seats face. */
  stage: {
    kind: "screen" | "stage" | "court";
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
  };
  sections: Array<{
    code: string;
    name: string;
    /** Closed polygon around the section's seats, clockwise. */
    outline: Array<[number, number]>;
    /** Where to draw the section's name. */
    labelAt: [number, number];
  }>;
}

export const halls = pgTable(
  "halls",
  {
    id: id(),
    venueId: uuid()
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** cinema, theatre, arena, club, ... */
    kind: text().notNull(),
    /** Seat count for seated halls, standing capacity for general admission. */
    capacity: integer().notNull(),
    layout: jsonb().$type<HallLayout>(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("halls_venue_name_unique").on(t.venueId, t.name),
    // Target of shows' (hall_id, venue_id) foreign key: a show's venue is its hall's venue.
    unique("halls_id_venue_unique").on(t.id, t.venueId),
  ],
);

export const hallSections = pgTable(
  "hall_sections",
  {
    id: id(),
    hallId: uuid()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    name: text().notNull(),
    code: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [unique("hall_sections_hall_code_unique").on(t.hallId, t.code)],
);

export const seats = pgTable(
  "seats",
  {
    id: id(),
    hallId: uuid()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    sectionId: uuid()
      .notNull()
      .references(() => hallSections.id, { onDelete: "cascade" }),
    rowLabel: text().notNull(),
    number: integer().notNull(),
    /** What the ticket prints, e.g. "F12". */
    label: text().notNull(),
    /** Seat centre in the hall layout's unit space. */
    x: real().notNull(),
    y: real().notNull(),
    /** Physical kind of seat (regular, recliner, premium, ...); prices come from a show's tiers. */
    category: text().notNull().default("regular"),
    /** Step-free access. */
    accessible: boolean().notNull().default(false),
    /** A space for a wheelchair (no fixed seat). */
    wheelchair: boolean().notNull().default(false),
    /** Beside a wheelchair space, for a companion. */
    companion: boolean().notNull().default(false),
    /** An aisle follows this seat in its row (drawing and "seats together" logic). */
    aisleAfter: boolean().notNull().default(false),
  },
  (t) => [
    unique("seats_hall_section_row_number_unique").on(t.hallId, t.sectionId, t.rowLabel, t.number),
    index("seats_section_idx").on(t.sectionId),
  ],
);

/**
 * Ed25519 keys that sign ticket QR codes, one active signing key per venue. Retired keys stay
 * (active = false) so tickets signed with them still verify.
 */
export const ticketKeys = pgTable(
  "ticket_keys",
  {
    id: id(),
    venueId: uuid()
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    publicKey: text().notNull(),
    privateKey: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("ticket_keys_venue_idx").on(t.venueId),
    uniqueIndex("ticket_keys_one_active_per_venue").on(t.venueId).where(sql`${t.active}`),
  ],
);

export interface CastMember {
  name: string;
  /** Character for cast, job for crew ("Director", "Music"). */
  role: string;
  kind: "cast" | "crew";
}

export interface EventMedia {
  kind: "image" | "video";
  url: string;
  caption?: string;
}

/** Refund share by notice given: the first rule whose hoursBefore is met applies. */
export interface CancellationPolicy {
  rules: Array<{ hoursBefore: number; refundPercent: number }>;
}

export const events = pgTable(
  "events",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    kind: eventKindEnum().notNull(),
    title: text().notNull(),
    slug: text().notNull().unique(),
    tagline: text(),
    description: text().notNull().default(""),
    genres: text().array().notNull().default(sql`'{}'::text[]`),
    /** BCP 47 codes, e.g. "hi", "en". */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    durationMinutes: integer(),
    /** Local rating, e.g. "UA", "12A", "PG-13". */
    certification: text(),
    cast: jsonb().$type<CastMember[]>().notNull().default([]),
    posterUrl: text(),
    bannerUrl: text(),
    media: jsonb().$type<EventMedia[]>().notNull().default([]),
    releaseDate: date({ mode: "string" }),
    status: eventStatusEnum().notNull().default("draft"),
    /** No rules means tickets cannot be cancelled for a refund. */
    cancellationPolicy: jsonb().$type<CancellationPolicy>().notNull().default({ rules: [] }),
    publishedAt: at(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("events_organization_idx").on(t.organizationId),
    index("events_status_kind_idx").on(t.status, t.kind),
  ],
);

export const shows = pgTable(
  "shows",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    hallId: uuid().notNull(),
    /** Denormalised from the hall (kept equal by a composite foreign key) for venue listings. */
    venueId: uuid().notNull(),
    startsAt: at().notNull(),
    endsAt: at().notNull(),
    /** BCP 47 code of this screening or performance. */
    language: text(),
    format: showFormatEnum().notNull().default("standard"),
    salesStartAt: at(),
    salesEndAt: at(),
    status: showStatusEnum().notNull().default("scheduled"),
    generalAdmission: boolean().notNull().default(false),
    currency: currency().notNull(),
    /** Bumped by every seat change of this show; deltas carry it so clients can spot gaps. */
    seatVersion: bigint({ mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "shows_hall_venue_fk",
      columns: [t.hallId, t.venueId],
      foreignColumns: [halls.id, halls.venueId],
    }),
    index("shows_event_starts_idx").on(t.eventId, t.startsAt),
    index("shows_venue_starts_idx").on(t.venueId, t.startsAt),
    // Two live shows cannot start in one hall at the same moment; also the seed's natural key.
    uniqueIndex("shows_hall_starts_unique").on(t.hallId, t.startsAt).where(sql`${t.status} <> 'cancelled'`),
    check("shows_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const citiesRelations = relations(cities, ({ many }) => ({
  venues: many(venues),
}));

export const venuesRelations = relations(venues, ({ one, many }) => ({
  organization: one(organizations, { fields: [venues.organizationId], references: [organizations.id] }),
  city: one(cities, { fields: [venues.cityId], references: [cities.id] }),
  halls: many(halls),
  shows: many(shows),
  ticketKeys: many(ticketKeys),
}));

export const hallsRelations = relations(halls, ({ one, many }) => ({
  venue: one(venues, { fields: [halls.venueId], references: [venues.id] }),
  sections: many(hallSections),
  seats: many(seats),
  shows: many(shows),
}));

export const hallSectionsRelations = relations(hallSections, ({ one, many }) => ({
  hall: one(halls, { fields: [hallSections.hallId], references: [halls.id] }),
  seats: many(seats),
}));

export const seatsRelations = relations(seats, ({ one }) => ({
  hall: one(halls, { fields: [seats.hallId], references: [halls.id] }),
  section: one(hallSections, { fields: [seats.sectionId], references: [hallSections.id] }),
}));

export const ticketKeysRelations = relations(ticketKeys, ({ one }) => ({
  venue: one(venues, { fields: [ticketKeys.venueId], references: [venues.id] }),
}));

export const eventsRelations = relations(events, ({ one, many }) => ({
  organization: one(organizations, { fields: [events.organizationId], references: [organizations.id] }),
  shows: many(shows),
}));

export const showsRelations = relations(shows, ({ one, many }) => ({
  event: one(events, { fields: [shows.eventId], references: [events.id] }),
  hall: one(halls, { fields: [shows.hallId], references: [halls.id] }),
  venue: one(venues, { fields: [shows.venueId], references: [venues.id] }),
  priceTiers: many(priceTiers),
  showSeats: many(showSeats),
  gaQuotas: many(gaQuotas),
}));
