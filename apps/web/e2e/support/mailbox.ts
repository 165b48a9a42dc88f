import { startSmtpServer } from "@marquee/e2e-support/smtp";
import type { ParsedMail } from "mailparser";

export interface Mailbox {
  /** `SMTP_URL` for the API. */
  url: string;
  /** The newest message to `address` whose subject matches, waiting for it to arrive. */
  waitForMail(address: string, subject: RegExp): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message the API sends, parsed. */
export async function startMailbox(): Promise<Mailbox> {
  const smtp = await startSmtpServer();
  return {
    url: smtp.url,
    async waitForMail(to, subject) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const mail = smtp.to(to).findLast((one) => subject.test(one.subject ?? ""));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no email "${subject}" to ${to} within 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: smtp.close,
  };
}

/**
 * The path of the link in an account email (path and `#token=…`), to open on the API under
 * test: the email names the API's configured public origin, not the test's loopback address.
 */
export function linkPathIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+#token=[A-Za-z0-9_.-]+/.exec(mail.text ?? "")?.[0];
  if (!link) throw new Error(`no link in "${mail.subject}"`);
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}
