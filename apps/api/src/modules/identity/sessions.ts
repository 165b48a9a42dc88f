import { createHash, randomBytes } from "node:crypto";
import type { AuthResult, PublicUser, UserRole } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { recordAudit } from "./audit.ts";
import { csrfHeaderValid, csrfTokenFor } from "./principal.ts";
import { markSessionsRevoked, markUserTokensRevoked } from "./revocation.ts";
import {
  clearSessionCookies,
  cookieRefreshToken,
  setSessionCookies,
  wantsCookieSession,
} from "./session-cookies.ts";

const { sessions, users } = schema;
const DAY_MS = 86_400_000;

/** What a session is issued for: the account as it is now (role included). */
export interface SessionAccount {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  emailVerifiedAt: Date | null;
}

export const sessionAccountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  emailVerifiedAt: users.emailVerifiedAt,
};

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
/** 256 random bits, URL-safe, with a prefix that says what it is (secret scanners key on it). */
export const newOpaqueToken = (prefix: string) => `${prefix}${randomBytes(32).toString("base64url")}`;

export const publicUserOf = (account: SessionAccount): PublicUser => ({
  id: account.id,
  email: account.email,
  name: account.name,
  role: account.role,
  emailVerified: account.emailVerifiedAt !== null,
});

/** Another request rotated the same refresh token first. */
class RotationRace extends Error {}

const invalidSession = () => new DomainError("SESSION_INVALID", "Your session has ended. Sign in again.");

/** A new signed-in session (a refresh-token family of its own) and its first access token. */
export async function startSession(
  ctx: Context,
  account: SessionAccount,
  options: { terminalId?: string } = {},
): Promise<AuthResult> {
  const now = ctx.clock.now();
  const familyId = uuidv7();
  const refreshToken = newOpaqueToken("mqr_");
  const expiresAt = refreshExpiry(ctx, now, now);
  await ctx.db.insert(sessions).values({
    userId: account.id,
    tokenHash: sha256(refreshToken),
    familyId,
    expiresAt,
    familyStartedAt: now,
    terminalId: options.terminalId ?? null,
    userAgent: ctx.http?.header("user-agent")?.slice(0, 300) ?? null,
    ip: ctx.ip,
  });
  return deliver(ctx, account, { familyId, refreshToken, expiresAt, terminalId: options.terminalId });
}

function refreshExpiry(ctx: Pick<Context, "config">, now: Date, familyStartedAt: Date): Date {
  const idle = now.getTime() + ctx.config.REFRESH_TOKEN_DAYS * DAY_MS;
  const absolute = familyStartedAt.getTime() + ctx.config.SESSION_MAX_DAYS * DAY_MS;
  return new Date(Math.min(idle, absolute));
}

async function deliver(
  ctx: Context,
  account: SessionAccount,
  session: {
    familyId: string;
    refreshToken: string;
    expiresAt: Date;
    terminalId?: string | null | undefined;
  },
): Promise<AuthResult> {
  const accessToken = await ctx.tokens.issue({
    userId: account.id,
    role: account.role,
    sessionId: session.familyId,
    terminalId: session.terminalId ?? undefined,
  });
  // JWT times are wall-clock (jose), not the injectable clock.
  const accessExpiresAt = new Date(Date.now() + ctx.tokens.accessMinutes * 60_000);
  const user = publicUserOf(account);
  if (wantsCookieSession(ctx.http)) {
    setSessionCookies(ctx.http, {
      accessToken,
      accessSeconds: ctx.tokens.accessMinutes * 60,
      refreshToken: session.refreshToken,
      refreshSeconds: Math.max(
        1,
        Math.floor((session.expiresAt.getTime() - ctx.clock.now().getTime()) / 1000),
      ),
      csrf: csrfTokenFor(ctx.tokens, session.familyId),
    });
    return { user, expiresAt: accessExpiresAt };
  }
  return { accessToken, refreshToken: session.refreshToken, user, expiresAt: accessExpiresAt };
}

/** The refresh token from the body (apps) or from the cookie, which then needs its CSRF header. */
async function presentedSession(ctx: Context, presented: string | undefined) {
  const token = presented ?? cookieRefreshToken(ctx.http);
  if (!token) return null;
  const [row] = await ctx.db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, sha256(token)));
  if (!row) return null;
  if (!presented && !(ctx.http && csrfHeaderValid(ctx.http, ctx.tokens, row.familyId))) return null;
  return row;
}

/**
 * Rotation: a refresh token works once and is replaced by a new one in the same family. A
 * token that was already replaced means it was copied: the whole family is revoked.
 */
export async function refreshSession(ctx: Context, presented: string | undefined): Promise<AuthResult> {
  const row = await presentedSession(ctx, presented);
  if (!row) throw invalidSession();
  const now = ctx.clock.now();
  if (row.replacedById) {
    await revokeFamily(ctx, row.familyId);
    await recordAudit(
      ctx.db,
      { user: null, device: ctx.device, ip: ctx.ip },
      {
        action: "session.refresh_token_reused",
        subjectType: "user",
        subjectId: row.userId,
        data: { sessionId: row.familyId },
      },
    );
    throw invalidSession();
  }
  if (row.revokedAt || row.expiresAt <= now) throw invalidSession();
  const [account] = await ctx.db
    .select({ ...sessionAccountColumns, disabledAt: users.disabledAt, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, row.userId));
  if (!account || account.disabledAt || account.deletedAt) {
    await revokeFamily(ctx, row.familyId);
    throw invalidSession();
  }
  const expiresAt = refreshExpiry(ctx, now, row.familyStartedAt);
  if (expiresAt <= now) throw invalidSession();
  const refreshToken = newOpaqueToken("mqr_");
  const rotated = await ctx.db
    .transaction(async (tx) => {
      const [next] = await tx
        .insert(sessions)
        .values({
          userId: row.userId,
          tokenHash: sha256(refreshToken),
          familyId: row.familyId,
          familyStartedAt: row.familyStartedAt,
          expiresAt,
          terminalId: row.terminalId,
          userAgent: ctx.http?.header("user-agent")?.slice(0, 300) ?? row.userAgent,
          ip: ctx.ip ?? row.ip,
        })
        .returning({ id: sessions.id });
      if (!next) throw new Error("session row not inserted");
      const replaced = await tx
        .update(sessions)
        .set({ revokedAt: now, replacedById: next.id })
        .where(and(eq(sessions.id, row.id), isNull(sessions.revokedAt), isNull(sessions.replacedById)))
        .returning({ id: sessions.id });
      if (replaced.length === 0) throw new RotationRace();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof RotationRace) return false;
      throw error;
    });
  if (!rotated) {
    // Another request rotated this token at the same moment: treat it as reuse.
    await revokeFamily(ctx, row.familyId);
    throw invalidSession();
  }
  return deliver(ctx, account, {
    familyId: row.familyId,
    refreshToken,
    expiresAt,
    terminalId: row.terminalId,
  });
}

export async function revokeFamily(
  ctx: Pick<Context, "db" | "redis" | "clock">,
  familyId: string,
): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.familyId, familyId), isNull(sessions.revokedAt)));
  await markSessionsRevoked(ctx.redis, [familyId]);
}

/** Signs the user out everywhere: on password change or reset, disable, role change, erasure. */
export async function revokeAllSessions(
  ctx: Pick<Context, "db" | "redis" | "clock">,
  userId: string,
): Promise<void> {
  const families = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ familyId: sessions.familyId });
  await markSessionsRevoked(ctx.redis, [...new Set(families.map((f) => f.familyId))]);
  await markUserTokensRevoked(ctx.redis, userId, new Date());
}

/** Signs out the presented session (refresh token, cookie, or the access token's own session). */
export async function endSession(ctx: Context, presented: string | undefined): Promise<void> {
  const row = await presentedSession(ctx, presented);
  const familyId = row?.familyId ?? ctx.user?.sessionId;
  if (familyId) await revokeFamily(ctx, familyId);
  if (ctx.http && (wantsCookieSession(ctx.http) || cookieRefreshToken(ctx.http)))
    clearSessionCookies(ctx.http);
}

/** The user's live sessions (one per family: its newest token). */
export async function listSessions(
  ctx: Pick<Context, "db" | "clock">,
  userId: string,
  currentId: string | undefined,
) {
  const rows = await ctx.db
    .select({
      id: sessions.familyId,
      createdAt: sessions.familyStartedAt,
      lastUsedAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      terminalId: sessions.terminalId,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, ctx.clock.now())),
    )
    .orderBy(desc(sessions.createdAt));
  return rows.map((row) => ({ ...row, current: row.id === currentId }));
}

export async function revokeOwnSession(
  ctx: Context & { user: { id: string } },
  familyId: string,
): Promise<void> {
  const [owned] = await ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.familyId, familyId), eq(sessions.userId, ctx.user.id)))
    .limit(1);
  if (!owned) throw new DomainError("NOT_FOUND", "No such session.");
  await revokeFamily(ctx, familyId);
}
