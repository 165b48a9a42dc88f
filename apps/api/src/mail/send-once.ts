import { type Database, schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import type { Mailer, MailMessage } from "./mailer.ts";

const { mailLog } = schema;

/**
 * Sends a message once per dedupe key, however often a retried job asks. A crash between
 * sending and recording sends it again on the retry: at least once, never silently dropped.
 */
export async function sendMailOnce(
  db: Database,
  mailer: Mailer,
  mail: { dedupeKey: string; userId: string | null; message: MailMessage },
): Promise<"sent" | "already_sent"> {
  await db
    .insert(mailLog)
    .values({
      dedupeKey: mail.dedupeKey,
      userId: mail.userId,
      toAddress: mail.message.to,
      subject: mail.message.subject,
    })
    .onConflictDoNothing({ target: mailLog.dedupeKey });
  const [logged] = await db
    .select({ sentAt: mailLog.sentAt })
    .from(mailLog)
    .where(eq(mailLog.dedupeKey, mail.dedupeKey));
  if (logged?.sentAt) return "already_sent";
  const transportRef = await mailer.send(mail.message);
  await db
    .update(mailLog)
    .set({ sentAt: new Date(), transportRef })
    .where(eq(mailLog.dedupeKey, mail.dedupeKey));
  return "sent";
}
