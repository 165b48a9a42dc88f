import type { MailMessage } from "../../mail/mailer.ts";

export type { MailMessage };

/**
 * The slice of the platform mailer (src/mail: SMTP, or .eml files without SMTP_URL) that
 * identity uses; tests inject a recording one through Services.
 */
export interface Mailer {
  send(message: MailMessage): Promise<unknown>;
}

/** Keeps messages in memory: tests read the links out of them. */
export function createRecordingMailer(): Mailer & { sent: MailMessage[]; last(to?: string): MailMessage } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    last(to) {
      const found = [...sent].reverse().find((message) => to === undefined || message.to === to);
      if (!found) throw new Error(`no mail${to ? ` to ${to}` : ""}`);
      return found;
    },
  };
}
