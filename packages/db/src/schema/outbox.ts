import { relations, sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { at, createdAt, id } from "./columns.ts";
import { organizations, users } from "./identity.ts";
import { terminals } from "./venue-ops.ts";

/**
 * Transactional outbox: a command writes its state change and its event in one transaction;
 * the relay publishes unpublished rows in id order.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** e.g. "order", "show". */
    aggregateType: text().notNull(),
    aggregateId: uuid().notNull(),
    /** e.g. "order.confirmed", "show.seats_changed". */
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    publishedAt: at(),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [
    index("outbox_unpublished_idx").on(t.id).where(sql`${t.publishedAt} is null`),
    // Catch-up reads: a show's deltas after a version (seat pickers, reconnecting clients).
    index("outbox_aggregate_idx").on(t.aggregateId, t.id),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorTerminalId: uuid().references(() => terminals.id, { onDelete: "set null" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    /** e.g. "order.refund", "terminal.revoke", "user.erase". */
    action: text().notNull(),
    subjectType: text().notNull(),
    /** Text, not uuid: some subjects have other keys. */
    subjectId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ip: text(),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_organization_at_idx").on(t.organizationId, t.at),
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId),
    index("audit_log_actor_user_idx").on(t.actorUserId, t.at),
  ],
);

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actorUser: one(users, { fields: [auditLog.actorUserId], references: [users.id] }),
  actorTerminal: one(terminals, { fields: [auditLog.actorTerminalId], references: [terminals.id] }),
  organization: one(organizations, { fields: [auditLog.organizationId], references: [organizations.id] }),
}));
