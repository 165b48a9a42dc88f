import { z } from "zod";

export const notificationKinds = [
  "order_confirmed",
  "order_cancelled",
  "refund_issued",
  "payment_refunded",
  "show_changed",
  "show_cancelled",
] as const;

export const notificationItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListInput = z.object({
  limit: z.number().int().min(1).max(100).default(20),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).nullish(),
  unreadOnly: z.boolean().default(false),
});

export const notificationList = z.object({
  items: z.array(notificationItem),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});

export const markNotificationsReadInput = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);
