import { type Database, schema } from "@marquee/db";
import { eq, inArray } from "drizzle-orm";
import type { Logger } from "../../logger.ts";
import type { AccessTokens } from "./tokens.ts";

/**
 * The demo organizer (an organization owner) and admin must use two-step verification like
 * anyone in those roles. They share this published TOTP secret so the demo stays usable: add
 * it to an authenticator app, or print the current code with `pnpm demo:otp`.
 * Never use it for a real account.
 */
export const DEMO_TOTP_SECRET = "MARQUEEDEMOSECRETONLYFORTHEDEMO2";
export const DEMO_MFA_EMAILS = ["organizer@marquee.test", "admin@marquee.test"] as const;

/** Enrols the demo secret for the demo accounts that lack a readable one (idempotent). */
export async function enrolDemoTwoStep(db: Database, tokens: AccessTokens, log: Logger): Promise<void> {
  const accounts = await db
    .select({ id: schema.users.id, email: schema.users.email, sealed: schema.mfaFactors.secretSealed })
    .from(schema.users)
    .leftJoin(schema.mfaFactors, eq(schema.mfaFactors.userId, schema.users.id))
    .where(inArray(schema.users.email, [...DEMO_MFA_EMAILS]));
  for (const account of accounts) {
    // Re-sealed when AUTH_SECRET changed since (the old seal no longer opens).
    if (account.sealed && tokens.open(account.sealed) === DEMO_TOTP_SECRET) continue;
    const sealed = tokens.seal(DEMO_TOTP_SECRET);
    await db
      .insert(schema.mfaFactors)
      .values({ userId: account.id, secretSealed: sealed, enabledAt: new Date() })
      .onConflictDoUpdate({
        target: schema.mfaFactors.userId,
        set: { secretSealed: sealed, enabledAt: new Date(), lastUsedStep: null },
      });
    log.info({ email: account.email }, "demo account enrolled in two-step verification (pnpm demo:otp)");
  }
}
