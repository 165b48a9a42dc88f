import { createHash } from "node:crypto";
import type { UserRole } from "@marquee/contracts";
import type { Database } from "@marquee/db";
import { schema } from "@marquee/db";
import { and, eq, isNull } from "drizzle-orm";
import type { AccessTokens } from "./tokens.ts";

export interface AuthUser {
  id: string;
  role: UserRole;
}

export interface AuthDevice {
  terminalId: string;
  venueId: string;
  organizationId: string;
  kind: "boxoffice" | "kiosk";
}

/** Device credentials are random 32-byte secrets: a fast hash is right for them (unlike passwords). */
export const hashDeviceSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export async function userFromAuthorization(
  header: string | undefined,
  tokens: AccessTokens,
): Promise<AuthUser | null> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) return null;
  const claims = await tokens.verify(match[1]);
  return claims ? { id: claims.userId, role: claims.role } : null;
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
