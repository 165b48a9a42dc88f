import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface Mailbox {
  /** `SMTP_URL` for the API. */
  url: string;
  /** The newest message to `address` whose subject matches, waiting for it to arrive. */
  waitForMail(address: string, subject: RegExp): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message the API sends, parsed. */
export async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // The API drops its pooled connection when it stops: a reset peer is expected then.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  const addressedTo = (mail: ParsedMail, to: string) =>
    (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((list) =>
      list.value.some((value) => value.address === to),
    );

  return {
    url: `smtp://127.0.0.1:${port}`,
    async waitForMail(to, subject) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const mail = received.findLast((one) => addressedTo(one, to) && subject.test(one.subject ?? ""));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no email "${subject}" to ${to} within 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
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
