import type { NotificationItem } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, count, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";

const { notifications } = schema;

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  data: notifications.data,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

/** A user's notifications, newest first (ids are UUIDv7, so id order is time order). */
export async function listNotifications(
  db: Database,
  userId: string,
  input: { limit: number; cursor?: string | null | undefined; unreadOnly: boolean },
): Promise<{ items: NotificationItem[]; nextCursor: string | null; unread: number }> {
  const cursor = input.cursor && /^[0-9a-f-]{36}$/i.test(input.cursor) ? input.cursor : null;
  const rows = await db
    .select(columns)
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        cursor ? lt(notifications.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const nextCursor = rows.length > input.limit ? (items[items.length - 1]?.id ?? null) : null;
  return { items, nextCursor, unread: await unreadCount(db, userId) };
}

export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks the given notifications (only the user's own) or all of them read. */
export async function markRead(
  db: Database,
  userId: string,
  input: { ids: string[] } | { all: true },
  now: Date,
): Promise<{ updated: number; unread: number }> {
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        "ids" in input ? inArray(notifications.id, input.ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { updated: updated.length, unread: await unreadCount(db, userId) };
}

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  /** Names what the notification is about, so a retried job creates it once. */
  dedupeKey: string;
  /** Adopt a notification another module already wrote for the same order and kind. */
  adoptForOrder?: string;
}

/** Creates the notification unless one with its dedupe key exists; returns the row either way. */
export async function recordNotification(db: Database, notice: NewNotification): Promise<NotificationItem> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`notification:${notice.dedupeKey}`}, 0))`,
    );
    const [existing] = await tx
      .select(columns)
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, notice.userId),
          notice.adoptForOrder
            ? sql`(${notifications.data}->>'dedupeKey' = ${notice.dedupeKey} or (${notifications.kind} = ${notice.kind} and ${notifications.data}->>'orderId' = ${notice.adoptForOrder}))`
            : sql`${notifications.data}->>'dedupeKey' = ${notice.dedupeKey}`,
        ),
      )
      .limit(1);
    if (existing) return existing;
    const [created] = await tx
      .insert(notifications)
      .values({
        userId: notice.userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        data: { ...notice.data, dedupeKey: notice.dedupeKey },
      })
      .returning(columns);
    if (!created) throw new Error("notification insert returned nothing");
    return created;
  });
}
