import { markNotificationsReadInput, notificationList, notificationListInput } from "@marquee/contracts";
import { z } from "zod";
import { authedProcedure, router } from "../../trpc.ts";
import { listNotifications, markRead, unreadCount } from "./service.ts";

/** A signed-in user's own in-app notifications; nobody else's are reachable from here. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(notificationListInput)
    .output(notificationList)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),
  unreadCount: authedProcedure
    .output(z.object({ unread: z.number().int() }))
    .query(async ({ ctx }) => ({ unread: await unreadCount(ctx.db, ctx.user.id) })),
  markRead: authedProcedure
    .input(markNotificationsReadInput)
    .output(z.object({ updated: z.number().int(), unread: z.number().int() }))
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input, ctx.clock.now())),
});
