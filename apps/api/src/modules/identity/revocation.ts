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

export async function markSessionsRevoked(redis: Redis, sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  const pipeline = redis.pipeline();
  for (const id of sessionIds) pipeline.set(familyKey(id), "1", "EX", MARKER_SECONDS);
  await pipeline.exec();
}

/** Every access token of the user issued before `at` stops working. */
export async function markUserTokensRevoked(redis: Redis, userId: string, at: Date): Promise<void> {
  await redis.set(userKey(userId), String(Math.floor(at.getTime() / 1000)), "EX", MARKER_SECONDS);
}

export async function isAccessRevoked(redis: Redis, claims: VerifiedAccess): Promise<boolean> {
  const keys = claims.sessionId
    ? [userKey(claims.userId), familyKey(claims.sessionId)]
    : [userKey(claims.userId)];
  const [revokedBefore, familyRevoked] = await redis.mget(...keys);
  if (familyRevoked) return true;
  return revokedBefore !== null && revokedBefore !== undefined && claims.issuedAt < Number(revokedBefore);
}
