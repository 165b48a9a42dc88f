import { createHash, timingSafeEqual } from "node:crypto";
import type { UserRole } from "@marquee/contracts";
import type { Database } from "@marquee/db";
import { schema } from "@marquee/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Redis } from "ioredis";
import type { HttpExchange } from "../../http/exchange.ts";
import { isAccessRevoked } from "./revocation.ts";
import { cookieAccessToken, cookieCsrfToken } from "./session-cookies.ts";
import type { AccessTokens } from "./tokens.ts";

export interface AuthUser {
  id: string;
  role: UserRole;
  /** The signed-in session (refresh-token family), when the caller came with a token. */
  sessionId?: string | undefined;
  /** A cashier signed in at this terminal (the token works only with its device credential). */
  terminalId?: string | undefined;
}

export interface AuthDevice {
  terminalId: string;
  venueId: string;
  organizationId: string;
  kind: "boxoffice" | "kiosk";
}

/** Device credentials are random 32-byte secrets: a fast hash is right for them (unlike passwords). */
export const hashDeviceSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/**
 * Who is calling: a user from `Authorization: Bearer` (apps) or from the session cookie with
 * its CSRF header (web), and a terminal from `X-Marquee-Device`. Anything invalid, expired,
 * revoked or bound to another terminal counts as absent.
 */
export async function resolvePrincipal(
  http: HttpExchange,
  services: { tokens: AccessTokens; redis: Redis; db: Database },
): Promise<{ user: AuthUser | null; device: AuthDevice | null }> {
  const [user, device] = await Promise.all([
    userFromRequest(http, services),
    deviceFromHeader(http.header("x-marquee-device"), services.db),
  ]);
  if (user?.terminalId && user.terminalId !== device?.terminalId) return { user: null, device };
  return { user, device };
}

async function userFromRequest(
  http: HttpExchange,
  services: { tokens: AccessTokens; redis: Redis },
): Promise<AuthUser | null> {
  const authorization = http.header("authorization");
  if (authorization) return userFromAuthorization(authorization, services.tokens, services.redis);
  const token = cookieAccessToken(http);
  if (!token) return null;
  const user = await userFromToken(token, services.tokens, services.redis);
  // Cookies ride along on cross-site requests: a cookie session also needs its CSRF header.
  if (!user?.sessionId || !csrfHeaderValid(http, services.tokens, user.sessionId)) return null;
  return user;
}

export async function userFromAuthorization(
  header: string | undefined,
  tokens: AccessTokens,
  redis?: Redis,
): Promise<AuthUser | null> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) return null;
  return userFromToken(match[1], tokens, redis);
}

async function userFromToken(token: string, tokens: AccessTokens, redis?: Redis): Promise<AuthUser | null> {
  const claims = await tokens.verify(token);
  if (!claims) return null;
  if (redis && (await isAccessRevoked(redis, claims))) return null;
  return {
    id: claims.userId,
    role: claims.role,
    ...(claims.sessionId ? { sessionId: claims.sessionId } : {}),
    ...(claims.terminalId ? { terminalId: claims.terminalId } : {}),
  };
}

export const CSRF_HEADER = "x-csrf-token";

/** Signed double-submit: the CSRF token is a keyed MAC of the session, sent as cookie and header. */
export const csrfTokenFor = (tokens: AccessTokens, sessionId: string) =>
  tokens.pseudonym(`csrf:${sessionId}`);

export function csrfHeaderValid(http: HttpExchange, tokens: AccessTokens, sessionId: string): boolean {
  const expected = csrfTokenFor(tokens, sessionId);
  return sameText(http.header(CSRF_HEADER), expected) && sameText(cookieCsrfToken(http), expected);
}

function sameText(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `X-Marquee-Device: <terminalId>.<secret>` identifies a paired box-office or kiosk terminal. */
export async function deviceFromHeader(header: string | undefined, db: Database): Promise<AuthDevice | null> {
  const [terminalId, secret] = header?.split(".", 2) ?? [];
  if (!terminalId || !secret || !/^[0-9a-f-]{36}$/i.test(terminalId)) return null;
  const t = schema.terminals;
  const [terminal] = await db
    .select({
      id: t.id,
      venueId: t.venueId,
      organizationId: t.organizationId,
      kind: t.kind,
      credentialHash: t.credentialHash,
    })
    .from(t)
    .where(and(eq(t.id, terminalId), isNull(t.revokedAt)));
  if (!terminal || terminal.credentialHash !== hashDeviceSecret(secret)) return null;
  return {
    terminalId: terminal.id,
    venueId: terminal.venueId,
    organizationId: terminal.organizationId,
    kind: terminal.kind,
  };
}
