import { randomBytes } from "node:crypto";
import { schema } from "@marquee/db";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { mfaFailures } from "./abuse/guards.ts";
import { recordAudit } from "./audit.ts";
import { mfaRequiredFor } from "./organization-access.ts";
import { sha256 } from "./sessions.ts";

const { mfaFactors, mfaRecoveryCodes, users } = schema;

type MfaContext = Pick<Context, "db" | "redis" | "tokens" | "clock" | "user" | "device" | "ip">;

const ISSUER = "Marquee";
const RECOVERY_CODES = 10;
const PERIOD_SECONDS = 30;
/** One step either side: phones whose clocks are a little off still work. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;

const epochOf = (ctx: Pick<Context, "clock">) => Math.floor(ctx.clock.now().getTime() / 1000);

export async function enabledFactor(ctx: Pick<Context, "db">, userId: string) {
  const [factor] = await ctx.db
    .select()
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, userId), isNotNull(mfaFactors.enabledAt)));
  return factor ?? null;
}

export async function mfaStatus(ctx: Pick<Context, "db">, user: { id: string; role: string }) {
  const [factor, codes, required] = await Promise.all([
    enabledFactor(ctx, user.id),
    ctx.db
      .select({ id: mfaRecoveryCodes.id })
      .from(mfaRecoveryCodes)
      .where(and(eq(mfaRecoveryCodes.userId, user.id), isNull(mfaRecoveryCodes.usedAt))),
    mfaRequiredFor(ctx.db, user),
  ]);
  return { enabled: factor !== null, required, recoveryCodesLeft: factor ? codes.length : 0 };
}

/** Step one: a fresh secret, kept sealed and not yet enabled, for the authenticator app. */
export async function beginEnrolment(ctx: MfaContext, userId: string) {
  if (await enabledFactor(ctx, userId)) {
    throw new DomainError("MFA_ALREADY_ENABLED", "Two-step verification is already on.");
  }
  const [account] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!account) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  const secret = generateSecret();
  const sealed = ctx.tokens.seal(secret);
  await ctx.db
    .insert(mfaFactors)
    .values({ userId, secretSealed: sealed })
    .onConflictDoUpdate({
      target: mfaFactors.userId,
      set: { secretSealed: sealed, enabledAt: null, lastUsedStep: null },
    });
  return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: account.email, secret }) };
}

/** Step two: the first code from the app switches it on and yields recovery codes (shown once). */
export async function confirmEnrolment(ctx: MfaContext, userId: string, code: string): Promise<string[]> {
  await mfaFailures.assertOpen(ctx.redis, userId);
  const [pending] = await ctx.db
    .select()
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, userId), isNull(mfaFactors.enabledAt)));
  if (!pending) throw new DomainError("MFA_NOT_ENABLED", "Start setting up two-step verification first.");
  const step = await totpStep(ctx, pending.secretSealed, code, null);
  if (step === null) await failedCode(ctx, userId);
  await ctx.db
    .update(mfaFactors)
    .set({ enabledAt: ctx.clock.now(), lastUsedStep: step })
    .where(eq(mfaFactors.userId, userId));
  const codes = await replaceRecoveryCodes(ctx, userId);
  await mfaFailures.clear(ctx.redis, userId);
  await recordAudit(ctx.db, ctx, { action: "mfa.enabled", subjectType: "user", subjectId: userId });
  return codes;
}

async function totpStep(ctx: MfaContext, sealed: string, code: string, afterStep: number | null) {
  const secret = ctx.tokens.open(sealed);
  const token = code.replace(/\s/g, "");
  if (!secret || !/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: epochOf(ctx),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

async function failedCode(ctx: MfaContext, userId: string): Promise<never> {
  await mfaFailures.fail(ctx.redis, userId);
  throw new DomainError(
    "MFA_CODE_INVALID",
    "That code did not work. Check the time on your phone and try again.",
  );
}

/**
 * The second factor at sign-in: a TOTP code (each accepted once: a code seen before, or an
 * older one, is refused) or an unused recovery code. Five wrong codes lock it for 15 minutes.
 */
export async function verifySecondFactor(ctx: MfaContext, userId: string, code: string): Promise<void> {
  await mfaFailures.assertOpen(ctx.redis, userId);
  const factor = await enabledFactor(ctx, userId);
  if (!factor) throw new DomainError("MFA_NOT_ENABLED", "Two-step verification is not on for this account.");
  const step = await totpStep(ctx, factor.secretSealed, code, factor.lastUsedStep);
  if (step !== null) {
    // Conditional on the last step so two concurrent uses of one code cannot both pass.
    const claimed = await ctx.db
      .update(mfaFactors)
      .set({ lastUsedStep: step })
      .where(
        and(
          eq(mfaFactors.userId, userId),
          or(isNull(mfaFactors.lastUsedStep), lt(mfaFactors.lastUsedStep, step)),
        ),
      )
      .returning({ userId: mfaFactors.userId });
    if (claimed.length > 0) {
      await mfaFailures.clear(ctx.redis, userId);
      return;
    }
  } else if (await useRecoveryCode(ctx, userId, code)) {
    await mfaFailures.clear(ctx.redis, userId);
    await recordAudit(
      ctx.db,
      { ...ctx, user: { id: userId, role: "buyer" } },
      {
        action: "mfa.recovery_code_used",
        subjectType: "user",
        subjectId: userId,
      },
    );
    return;
  }
  await failedCode(ctx, userId);
}

const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
const recoveryHash = (userId: string, code: string) => sha256(`${userId}:${normalizeRecoveryCode(code)}`);

async function useRecoveryCode(ctx: MfaContext, userId: string, code: string): Promise<boolean> {
  if (normalizeRecoveryCode(code).length !== 16) return false;
  const used = await ctx.db
    .update(mfaRecoveryCodes)
    .set({ usedAt: ctx.clock.now() })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.codeHash, recoveryHash(userId, code)),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return used.length > 0;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Ten new 80-bit codes (XXXX-XXXX-XXXX-XXXX); the old ones stop working. */
async function replaceRecoveryCodes(ctx: Pick<Context, "db">, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const raw = [...randomBytes(16)].map((byte) => BASE32[byte % 32]).join("");
    return raw.match(/.{4}/g)?.join("-") ?? raw;
  });
  await ctx.db.transaction(async (tx) => {
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    await tx
      .insert(mfaRecoveryCodes)
      .values(codes.map((code) => ({ userId, codeHash: recoveryHash(userId, code) })));
  });
  return codes;
}

export async function regenerateRecoveryCodes(
  ctx: MfaContext,
  userId: string,
  code: string,
): Promise<string[]> {
  await verifySecondFactor(ctx, userId, code);
  const codes = await replaceRecoveryCodes(ctx, userId);
  await recordAudit(ctx.db, ctx, {
    action: "mfa.recovery_codes_replaced",
    subjectType: "user",
    subjectId: userId,
  });
  return codes;
}

/** Turning it off needs a current code, and is refused where the role requires it. */
export async function disableMfa(
  ctx: MfaContext,
  user: { id: string; role: string },
  code: string,
): Promise<void> {
  if (await mfaRequiredFor(ctx.db, user)) {
    throw new DomainError(
      "MFA_REQUIRED_FOR_ROLE",
      "Organization owners and admins must keep two-step verification on.",
    );
  }
  await verifySecondFactor(ctx, user.id, code);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    await tx.delete(mfaFactors).where(eq(mfaFactors.userId, user.id));
  });
  await recordAudit(ctx.db, ctx, { action: "mfa.disabled", subjectType: "user", subjectId: user.id });
}
