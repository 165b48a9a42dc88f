import type { AuthResult } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { emailLinkQuota } from "./abuse/guards.ts";
import { recordAudit } from "./audit.ts";
import { inBackground } from "./background.ts";
import { consumeEmailToken, emailTokenMinutes, issueEmailToken, peekEmailToken } from "./email-tokens.ts";
import { accountEmails } from "./emails.ts";
import { mailerOf } from "./mail-delivery.ts";
import { assertAcceptablePassword, hashPassword } from "./passwords.ts";
import { revokeAllSessions } from "./sessions.ts";
import { activeAccount, completeSignIn } from "./sign-in.ts";

const { users } = schema;

/*
 * Email verification, password reset and magic links. Requests always get the same answer
 * at once; whether an email goes out (the account exists, the hourly cap per address is not
 * reached) is decided in the background, so neither the answer nor its timing tells.
 */

const ACCEPTED = { accepted: true } as const;

interface Addressee {
  id: string;
  email: string;
  name: string;
}

export async function sendEmailVerification(ctx: Context, account: Addressee): Promise<void> {
  const token = await issueEmailToken(ctx.db, account.id, "verify_email", ctx.clock.now());
  const hours = emailTokenMinutes.verify_email / 60;
  await mailerOf(ctx).send(accountEmails.verifyEmail(ctx.config, account, token, hours));
}

export async function resendVerification(ctx: Context & { user: { id: string } }) {
  const [account] = await ctx.db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, ctx.user.id), isNull(users.emailVerifiedAt)));
  if (account && (await underEmailCap(ctx, account.email))) {
    inBackground(ctx.log, "verification email", () => sendEmailVerification(ctx, account));
  }
  return ACCEPTED;
}

export async function verifyEmail(ctx: Context, token: string) {
  const userId = await consumeEmailToken(ctx.db, token, "verify_email", ctx.clock.now());
  await ctx.db
    .update(users)
    .set({ emailVerifiedAt: ctx.clock.now() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
  return ACCEPTED;
}

async function underEmailCap(ctx: Context, email: string): Promise<boolean> {
  const sent = await emailLinkQuota.fail(ctx.redis, ctx.tokens.pseudonym(`email-link:${email}`));
  return sent <= 5;
}

/** Sends a link when `email` belongs to an active account; answers the same either way. */
function mailLinkInBackground(
  ctx: Context,
  email: string,
  purpose: "reset_password" | "magic_link",
): { accepted: true } {
  inBackground(ctx.log, purpose, async () => {
    const [found] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, email), isNull(users.deletedAt), isNull(users.disabledAt)));
    const account = found ? await activeAccount(ctx, found.id) : null;
    if (!account || !(await underEmailCap(ctx, email))) return;
    const token = await issueEmailToken(ctx.db, account.id, purpose, ctx.clock.now());
    const minutes = emailTokenMinutes[purpose];
    const message =
      purpose === "reset_password"
        ? accountEmails.resetPassword(ctx.config, account, token, minutes)
        : accountEmails.magicLink(ctx.config, account, token, minutes);
    await mailerOf(ctx).send(message);
  });
  return ACCEPTED;
}

export const requestPasswordReset = (ctx: Context, email: string) =>
  mailLinkInBackground(ctx, email, "reset_password");
export const requestMagicLink = (ctx: Context, email: string) =>
  mailLinkInBackground(ctx, email, "magic_link");

/**
 * Sets a new password from a reset link. The password is checked before the link is used up;
 * every session ends (whoever knew the old password is out), and two-step verification still
 * applies at the next sign-in. Receiving the email proves the address, so it counts as verified.
 */
export async function resetPassword(ctx: Context, input: { token: string; password: string }) {
  const now = ctx.clock.now();
  const userId = await peekEmailToken(ctx.db, input.token, "reset_password", now);
  const account = await activeAccount(ctx, userId);
  if (!account)
    throw new DomainError("TOKEN_INVALID", "This link has expired or was already used. Ask for a new one.");
  await assertAcceptablePassword(input.password, account);
  const passwordHash = await hashPassword(input.password);
  await consumeEmailToken(ctx.db, input.token, "reset_password", now);
  await ctx.db
    .update(users)
    .set({ passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? now })
    .where(eq(users.id, account.id));
  await revokeAllSessions(ctx, account.id);
  await recordAudit(ctx.db, ctx, {
    action: "user.password_reset",
    subjectType: "user",
    subjectId: account.id,
  });
  inBackground(ctx.log, "security notice", () =>
    mailerOf(ctx).send(accountEmails.securityNotice(ctx.config, account, "Your password was reset.")),
  );
  return ACCEPTED;
}

/** Passwordless sign-in: the link is one factor; an account with MFA still needs its code. */
export async function signInWithLink(ctx: Context, token: string): Promise<AuthResult> {
  const now = ctx.clock.now();
  const userId = await consumeEmailToken(ctx.db, token, "magic_link", now);
  const account = await activeAccount(ctx, userId);
  if (!account)
    throw new DomainError("TOKEN_INVALID", "This link has expired or was already used. Ask for a new one.");
  if (!account.emailVerifiedAt) {
    await ctx.db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, account.id));
    account.emailVerifiedAt = now;
  }
  return completeSignIn(ctx, account);
}
