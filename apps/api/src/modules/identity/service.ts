import type { AuthResult, PublicUser } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { failureGuard, loginGuard } from "./abuse/guards.ts";
import { sendEmailVerification } from "./account-recovery.ts";
import { recordAudit } from "./audit.ts";
import { inBackground } from "./background.ts";
import { accountEmails } from "./emails.ts";
import { mailerOf } from "./mail-delivery.ts";
import { assertAcceptablePassword, decoyPasswordHash, hashPassword, verifyPassword } from "./passwords.ts";
import { publicUserOf, revokeAllSessions, sessionAccountColumns, startSession } from "./sessions.ts";
import { completeSignIn } from "./sign-in.ts";

const users = schema.users;

export async function registerBuyer(
  ctx: Context,
  input: { email: string; password: string; name: string },
): Promise<AuthResult> {
  await assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const [account] = await ctx.db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash, role: "buyer" })
    .onConflictDoNothing({ target: users.email })
    .returning(sessionAccountColumns);
  if (!account)
    throw new DomainError("EMAIL_TAKEN", "An account with this email already exists. Sign in instead.");
  inBackground(ctx.log, "verification email", () => sendEmailVerification(ctx, account));
  return startSession(ctx, account);
}

/**
 * Password sign-in. Unknown and known emails take the same path (a decoy hash is verified for
 * unknown ones) and get the same answers, including the progressive delays and lockouts.
 */
export async function signIn(
  ctx: Context,
  input: { email: string; password: string; otp?: string | undefined },
): Promise<AuthResult> {
  await loginGuard.assertMayTry(ctx, input.email);
  const [account] = await ctx.db
    .select({
      ...sessionAccountColumns,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.email, input.email));
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!account?.passwordHash || !valid || account.deletedAt) {
    await loginGuard.failed(ctx, input.email);
    throw new DomainError("INVALID_CREDENTIALS", "That email and password do not match.");
  }
  await loginGuard.succeeded(ctx, input.email);
  if (account.disabledAt) throw new DomainError("ACCOUNT_DISABLED", "This account has been disabled.");
  return completeSignIn(ctx, account, { otp: input.otp });
}

export async function currentUser({ db }: Pick<Context, "db">, userId: string): Promise<PublicUser> {
  const [account] = await db
    .select({ ...sessionAccountColumns, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account || account.deletedAt)
    throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return publicUserOf(account);
}

const passwordChangeFailures = failureGuard("password-change-fail", {
  points: 5,
  seconds: 900,
  blockSeconds: 900,
});

/** Needs the current password; signs out every session and returns a fresh one for this device. */
export async function changePassword(
  ctx: Context & { user: { id: string } },
  input: { currentPassword: string; newPassword: string },
): Promise<AuthResult> {
  await passwordChangeFailures.assertOpen(ctx.redis, ctx.user.id);
  const [account] = await ctx.db
    .select({ ...sessionAccountColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.user.id));
  if (!account) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await passwordChangeFailures.fail(ctx.redis, ctx.user.id);
    throw new DomainError("INVALID_CREDENTIALS", "Your current password is not right.");
  }
  await assertAcceptablePassword(input.newPassword, account);
  await ctx.db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, account.id));
  await revokeAllSessions(ctx, account.id);
  await recordAudit(ctx.db, ctx, {
    action: "user.password_changed",
    subjectType: "user",
    subjectId: account.id,
  });
  const mailer = mailerOf(ctx);
  inBackground(ctx.log, "security notice", () =>
    mailer.send(accountEmails.securityNotice(ctx.config, account, "Your password was changed.")),
  );
  return startSession(ctx, account);
}
