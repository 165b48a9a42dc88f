import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { events } from "./catalog.ts";
import { at, createdAt, id, updatedAt } from "./columns.ts";
import { interactionKindEnum } from "./enums.ts";
import { users } from "./identity.ts";

/** Append-only signals for recommendations (a like is recorded, not toggled, here). */
export const interactions = pgTable(
  "interactions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: interactionKindEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("interactions_user_created_idx").on(t.userId, t.createdAt),
    index("interactions_event_kind_idx").on(t.eventId, t.kind),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    title: text(),
    body: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("reviews_user_event_unique").on(t.userId, t.eventId),
    index("reviews_event_idx").on(t.eventId, t.createdAt),
    check("reviews_rating_range", sql`${t.rating} between 1 and 10`),
  ],
);

export const followTargetKinds = ["organization", "venue", "event"] as const;
export type FollowTargetKind = (typeof followTargetKinds)[number];

export const follows = pgTable(
  "follows",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** One of followTargetKinds; targetId is a row of that kind's table (no FK: polymorphic). */
    targetKind: text().$type<FollowTargetKind>().notNull(),
    targetId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.targetKind, t.targetId] }),
    index("follows_target_idx").on(t.targetKind, t.targetId),
    check(
      "follows_target_kind_known",
      sql`${t.targetKind} in (${sql.raw(followTargetKinds.map((kind) => `'${kind}'`).join(", "))})`,
    ),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** e.g. order_confirmed, show_cancelled, refund_issued. */
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    readAt: at(),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_read_idx").on(t.userId, t.readAt)],
);

/** Consent history: the latest row per (user, channel) is the current choice. */
export const marketingConsents = pgTable(
  "marketing_consents",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** email, sms, push. */
    channel: text().notNull(),
    granted: boolean().notNull(),
    at: at().notNull().defaultNow(),
  },
  (t) => [index("marketing_consents_user_channel_idx").on(t.userId, t.channel, t.at)],
);

export const interactionsRelations = relations(interactions, ({ one }) => ({
  user: one(users, { fields: [interactions.userId], references: [users.id] }),
  event: one(events, { fields: [interactions.eventId], references: [events.id] }),
}));

export const reviewsRelations = relations(reviews, ({ one }) => ({
  user: one(users, { fields: [reviews.userId], references: [users.id] }),
  event: one(events, { fields: [reviews.eventId], references: [events.id] }),
}));

export const followsRelations = relations(follows, ({ one }) => ({
  user: one(users, { fields: [follows.userId], references: [users.id] }),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
}));

export const marketingConsentsRelations = relations(marketingConsents, ({ one }) => ({
  user: one(users, { fields: [marketingConsents.userId], references: [users.id] }),
}));
