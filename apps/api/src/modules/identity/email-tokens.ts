import { type DbExecutor, schema } from "@marquee/db";
import type { OneTimeTokenPurpose } from "@marquee/db/schema";
import { and, eq, gt, isNull } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { newOpaqueToken, sha256 } from "./sessions.ts";

const { oneTimeTokens } = schema;

/** How long each kind of emailed link works. */
export const emailTokenMinutes: Record<OneTimeTokenPurpose, number> = {
  verify_email: 48 * 60,
  reset_password: 30,
  magic_link: 15,
};

const invalidToken = () =>
  new DomainError("TOKEN_INVALID", "This link has expired or was already used. Ask for a new one.");

/** A new token for `purpose`; earlier unused ones of the same purpose stop working. */
export async function issueEmailToken(
  db: DbExecutor,
  userId: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<string> {
  const token = newOpaqueToken("mqe_");
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)),
    );
  await db.insert(oneTimeTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + emailTokenMinutes[purpose] * 60_000),
  });
  return token;
}

const live = (token: string, purpose: OneTimeTokenPurpose, now: Date) =>
  and(
    eq(oneTimeTokens.tokenHash, sha256(token)),
    eq(oneTimeTokens.purpose, purpose),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, now),
  );

/** The user a live token belongs to, without using it up (to validate input first). */
export async function peekEmailToken(
  db: DbExecutor,
  token: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<string> {
  const [row] = await db
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(live(token, purpose, now));
  if (!row) throw invalidToken();
  return row.userId;
}

/** Uses the token up (atomically: of two concurrent uses, one wins) and returns its user. */
export async function consumeEmailToken(
  db: DbExecutor,
  token: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<string> {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(live(token, purpose, now))
    .returning({ userId: oneTimeTokens.userId });
  if (!row) throw invalidToken();
  return row.userId;
}
