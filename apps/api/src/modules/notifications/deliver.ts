import type { NotificationPush } from "@marquee/contracts";
import type { JobServices } from "../../jobs/worker.ts";
import type { MailAttachment } from "../../mail/mailer.ts";
import { sendMailOnce } from "../../mail/send-once.ts";
import { type NewNotification, recordNotification } from "./service.ts";

export interface Notice {
  userId: string | null;
  email: string | null;
  notification: Omit<NewNotification, "userId">;
  mail?: { subject: string; text: string; attachments?: MailAttachment[] };
}

/**
 * One message to one person on every channel they have: an in-app notification pushed over
 * their private socket channel (signed-in buyers) and an email (anyone with an address). Safe
 * to repeat: both are keyed by the notice's dedupe key.
 */
export async function deliverNotice(services: JobServices, notice: Notice): Promise<void> {
  if (notice.userId) {
    const row = await recordNotification(services.db, { ...notice.notification, userId: notice.userId });
    const push: NotificationPush = {
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      data: row.data,
      createdAt: row.createdAt.toISOString(),
    };
    services.realtime.notification(notice.userId, push);
    await services.realtime.flush();
  }
  if (notice.email && notice.mail) {
    await sendMailOnce(services.db, services.mail, {
      dedupeKey: `${notice.notification.dedupeKey}:email`,
      userId: notice.userId,
      message: { to: notice.email, ...notice.mail },
    });
  }
}
