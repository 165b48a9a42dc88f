import type { AuthResult } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { beginEnrolment, confirmEnrolment, enabledFactor, verifySecondFactor } from "./mfa.ts";
import { mfaRequiredFor } from "./organization-access.ts";
import { type SessionAccount, sessionAccountColumns, startSession } from "./sessions.ts";

const { users } = schema;

const CHALLENGE_MINUTES = 5;
const ENROLMENT_MINUTES = 15;

/**
 * The last step of every way in (password, magic link, social login): the second factor when
 * the account has one, enrolment when its role requires one, then a session.
 */
export async function completeSignIn(
  ctx: Context,
  account: SessionAccount,
  options: { otp?: string | undefined; terminalId?: string } = {},
): Promise<AuthResult> {
  if (await enabledFactor(ctx, account.id)) {
    if (!options.otp) {
      throw new DomainError("MFA_REQUIRED", "Enter the code from your authenticator app.", {
        challengeToken: await ctx.tokens.issuePurpose("mfa-challenge", account.id, CHALLENGE_MINUTES),
      });
    }
    await verifySecondFactor(
      { ...ctx, user: { id: account.id, role: account.role } },
      account.id,
      options.otp,
    );
  } else if (await mfaRequiredFor(ctx.db, account)) {
    throw new DomainError(
      "MFA_ENROLMENT_REQUIRED",
      "Your role needs two-step verification. Set it up to continue.",
      {
        enrolmentToken: await ctx.tokens.issuePurpose("mfa-enrolment", account.id, ENROLMENT_MINUTES),
      },
    );
  }
  return startSession(ctx, account, options.terminalId ? { terminalId: options.terminalId } : {});
}

/** An account that may sign in now (not disabled, not erased). */
export async function activeAccount(
  ctx: Pick<Context, "db">,
  userId: string,
): Promise<SessionAccount | null> {
  const [account] = await ctx.db
    .select({ ...sessionAccountColumns, disabledAt: users.disabledAt, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account || account.disabledAt || account.deletedAt) return null;
  const { disabledAt: _disabled, deletedAt: _deleted, ...active } = account;
  return active;
}

const stepExpired = () => new DomainError("SESSION_INVALID", "This sign-in took too long. Start again.");

/** Second step of a sign-in that answered MFA_REQUIRED. */
export async function completeMfaChallenge(
  ctx: Context,
  input: { challengeToken: string; code: string },
): Promise<AuthResult> {
  const challenge = await ctx.tokens.verifyPurpose(input.challengeToken, "mfa-challenge");
  const account = challenge ? await activeAccount(ctx, challenge.userId) : null;
  if (!challenge || !account) throw stepExpired();
  await verifySecondFactor({ ...ctx, user: { id: account.id, role: account.role } }, account.id, input.code);
  // A challenge finishes one sign-in: a second use is refused.
  const first = await ctx.redis.set(
    `auth:used-challenge:${challenge.jti}`,
    "1",
    "EX",
    CHALLENGE_MINUTES * 60 + 60,
    "NX",
  );
  if (first !== "OK") throw stepExpired();
  return startSession(ctx, account);
}

/** The user setting up MFA: the signed-in caller, or the holder of an enrolment token. */
async function enrollingUser(ctx: Context, enrolmentToken: string | undefined) {
  if (enrolmentToken) {
    const enrolment = await ctx.tokens.verifyPurpose(enrolmentToken, "mfa-enrolment");
    const account = enrolment ? await activeAccount(ctx, enrolment.userId) : null;
    if (!account) throw stepExpired();
    return { account, viaToken: true };
  }
  if (!ctx.user) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  const account = await activeAccount(ctx, ctx.user.id);
  if (!account) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  return { account, viaToken: false };
}

export async function beginMfaEnrolment(ctx: Context, input: { enrolmentToken?: string | undefined }) {
  const { account } = await enrollingUser(ctx, input.enrolmentToken);
  return beginEnrolment({ ...ctx, user: { id: account.id, role: account.role } }, account.id);
}

/** Enabling MFA with an enrolment token also finishes the sign-in that asked for it. */
export async function confirmMfaEnrolment(
  ctx: Context,
  input: { code: string; enrolmentToken?: string | undefined },
): Promise<{ recoveryCodes: string[]; session?: AuthResult }> {
  const { account, viaToken } = await enrollingUser(ctx, input.enrolmentToken);
  const recoveryCodes = await confirmEnrolment(
    { ...ctx, user: { id: account.id, role: account.role } },
    account.id,
    input.code,
  );
  if (!viaToken) return { recoveryCodes };
  return { recoveryCodes, session: await startSession(ctx, account) };
}
