import { type Database, schema } from "@marquee/db";
import { and, isNotNull, isNull, lt, or } from "drizzle-orm";

const { sessions, oneTimeTokens, pairingCodes, auditLog, mfaFactors } = schema;
const DAY_MS = 86_400_000;

/** How long identity keeps what it no longer needs (the retention job runs in the worker). */
export const retention = {
  /** Ended sessions are kept a while to recognise a stolen refresh token coming back. */
  endedSessionsDays: 30,
  usedOrExpiredEmailTokensDays: 1,
  pairingCodesDays: 7,
  /** IP addresses in the audit log; the entries themselves stay. */
  auditIpDays: 90,
  /** Two-step set-ups started but never confirmed. */
  pendingMfaDays: 1,
} as const;

export async function applyIdentityRetention(db: Database, now: Date) {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const endedSessions = await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, before(retention.endedSessionsDays)),
        lt(sessions.revokedAt, before(retention.endedSessionsDays)),
      ),
    )
    .returning({ id: sessions.id });
  const emailTokens = await db
    .delete(oneTimeTokens)
    .where(
      or(
        lt(oneTimeTokens.expiresAt, before(retention.usedOrExpiredEmailTokensDays)),
        lt(oneTimeTokens.usedAt, before(retention.usedOrExpiredEmailTokensDays)),
      ),
    )
    .returning({ id: oneTimeTokens.id });
  const codes = await db
    .delete(pairingCodes)
    .where(lt(pairingCodes.expiresAt, before(retention.pairingCodesDays)))
    .returning({ id: pairingCodes.id });
  const auditIps = await db
    .update(auditLog)
    .set({ ip: null })
    .where(and(isNotNull(auditLog.ip), lt(auditLog.at, before(retention.auditIpDays))))
    .returning({ id: auditLog.id });
  const pendingMfa = await db
    .delete(mfaFactors)
    .where(and(isNull(mfaFactors.enabledAt), lt(mfaFactors.createdAt, before(retention.pendingMfaDays))))
    .returning({ userId: mfaFactors.userId });
  return {
    sessions: endedSessions.length,
    emailTokens: emailTokens.length,
    pairingCodes: codes.length,
    auditIps: auditIps.length,
    pendingMfa: pendingMfa.length,
  };
}
