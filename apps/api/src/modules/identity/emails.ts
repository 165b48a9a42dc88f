import type { Config } from "../../config.ts";
import type { MailMessage } from "./mailer.ts";

/*
 * Account emails. Tokens travel in the URL fragment (after #): browsers never send it to a
 * server, so it stays out of access logs and Referer headers. Names are escaped for HTML.
 */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function webUrl(config: Pick<Config, "PUBLIC_URL" | "PORT">, path: string): string {
  const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

function linkMail(
  to: string,
  subject: string,
  greeting: string,
  lines: string[],
  link: string,
  action: string,
) {
  const text = [
    `${greeting}`,
    "",
    ...lines,
    "",
    link,
    "",
    "If this was not you, you can ignore this email.",
  ].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    "<p>If this was not you, you can ignore this email.</p>",
  ].join("\n");
  return { to, subject, text, html } satisfies MailMessage;
}

const hello = (name: string) => `Hello ${name},`;

export const accountEmails = {
  verifyEmail: (config: Config, to: { email: string; name: string }, token: string, hours: number) =>
    linkMail(
      to.email,
      "Confirm your email for Marquee",
      hello(to.name),
      [`Confirm that this is your email address. The link works for ${hours} hours.`],
      webUrl(config, `verify-email#token=${token}`),
      "Confirm my email",
    ),
  resetPassword: (config: Config, to: { email: string; name: string }, token: string, minutes: number) =>
    linkMail(
      to.email,
      "Reset your Marquee password",
      hello(to.name),
      [`Someone asked to reset the password of your account. The link works once, for ${minutes} minutes.`],
      webUrl(config, `reset-password#token=${token}`),
      "Choose a new password",
    ),
  magicLink: (config: Config, to: { email: string; name: string }, token: string, minutes: number) =>
    linkMail(
      to.email,
      "Your Marquee sign-in link",
      hello(to.name),
      [`Use this link to sign in. It works once, for ${minutes} minutes.`],
      webUrl(config, `sign-in/link#token=${token}`),
      "Sign in to Marquee",
    ),
  securityNotice: (config: Config, to: { email: string; name: string }, what: string) =>
    linkMail(
      to.email,
      "Security notice for your Marquee account",
      hello(to.name),
      [`${what} If it was not you, reset your password now and sign out everywhere.`],
      webUrl(config, "account/security"),
      "Review your account",
    ),
};
