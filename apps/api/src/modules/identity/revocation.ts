import type { Redis } from "ioredis";
import type { VerifiedAccess } from "./tokens.ts";

/*
 * Access tokens are self-contained and short-lived; revocation makes them stop at once anyway.
 * Revoking a session family, or every session of a user, leaves a marker in Redis that lives
 * as long as an access token can; each request checks the markers (one MGET).
 */

const familyKey = (sessionId: string) => `auth:revoked-session:${sessionId}`;
const userKey = (userId: string) => `auth:revoked-before:${userId}`;

/** A little longer than the longest access token (60 minutes), so none outlives its marker. */
const MARKER_SECONDS = 65 * 60;

/** Each revocation is also announced here, so holders of long-lived connections (sockets) act at once. */
export const REVOCATION_CHANNEL = "auth:revocations";

/** What REVOCATION_CHANNEL carries (JSON): sessions that ended, or a user's tokens issued before a second. */
export type RevocationNotice = { sessionIds: readonly string[] } | { userId: string; revokedBefore: number };

export async function markSessionsRevoked(redis: Redis, sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  const pipeline = redis.pipeline();
  for (const id of sessionIds) pipeline.set(familyKey(id), "1", "EX", MARKER_SECONDS);
  pipeline.publish(REVOCATION_CHANNEL, JSON.stringify({ sessionIds } satisfies RevocationNotice));
  await pipeline.exec();
}

/** Every access token of the user issued before `at` stops working. */
export async function markUserTokensRevoked(redis: Redis, userId: string, at: Date): Promise<void> {
  const revokedBefore = Math.floor(at.getTime() / 1000);
  await redis.set(userKey(userId), String(revokedBefore), "EX", MARKER_SECONDS);
  await redis.publish(
    REVOCATION_CHANNEL,
    JSON.stringify({ userId, revokedBefore } satisfies RevocationNotice),
  );
}

export async function isAccessRevoked(redis: Redis, claims: VerifiedAccess): Promise<boolean> {
  const keys = claims.sessionId
    ? [userKey(claims.userId), familyKey(claims.sessionId)]
    : [userKey(claims.userId)];
  const [revokedBefore, familyRevoked] = await redis.mget(...keys);
  if (familyRevoked) return true;
  return revokedBefore !== null && revokedBefore !== undefined && claims.issuedAt < Number(revokedBefore);
}
