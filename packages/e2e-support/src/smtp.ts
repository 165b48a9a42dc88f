import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** A real SMTP server on loopback that keeps every message it is handed, parsed. */
export async function startSmtpServer() {
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
  // A process that sent mail and is then stopped drops its pooled connection: a reset peer is
  // part of the tests, not a failure. Anything else is kept for the test to see.
  const errors: Error[] = [];
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") errors.push(error);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    errors,
    to: (address: string) =>
      received.filter((mail) =>
        (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((to) =>
          to.value.some((value) => value.address === address),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
