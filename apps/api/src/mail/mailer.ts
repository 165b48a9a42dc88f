import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../config.ts";
import { outboxMailDir } from "../infra/database.ts";

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Where mail goes, for the start-up log. */
  readonly destination: string;
  /** Sends (or, without SMTP, writes) one message; resolves to the SMTP message id or file path. */
  send(message: MailMessage): Promise<string>;
  close(): void;
}

/** SMTP through nodemailer when SMTP_URL is set; otherwise .eml files under DATA_DIR/outbox-mail. */
export function createMailer(config: Config): Mailer {
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport(config.SMTP_URL);
    return {
      destination: `SMTP ${new URL(config.SMTP_URL).host}`,
      async send(message) {
        const info = await transport.sendMail({ from: config.MAIL_FROM, ...message });
        return String(info.messageId);
      },
      close: () => transport.close(),
    };
  }
  const dir = resolve(outboxMailDir(config));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  let sequence = 0;
  return {
    destination: `files in ${dir} (SMTP_URL is not set)`,
    async send(message) {
      const info = await transport.sendMail({ from: config.MAIL_FROM, ...message });
      await mkdir(dir, { recursive: true });
      sequence += 1;
      const file = join(
        dir,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${sequence}.eml`,
      );
      await writeFile(file, info.message as Buffer);
      return file;
    },
    close: () => transport.close(),
  };
}
