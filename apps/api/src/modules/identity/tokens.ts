import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type UserRole, userRoles } from "@marquee/contracts";
import { jwtVerify, SignJWT } from "jose";

export interface AccessClaims {
  userId: string;
  role: UserRole;
}

const ISSUER = "marquee";
const ACCESS_TTL = "1h";

export function createAccessTokens(secret: string) {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(claims: AccessClaims): Promise<string> {
      return new SignJWT({ role: claims.role })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(ACCESS_TTL)
        .sign(key);
    },
    /** Null for any token that is malformed, forged or expired: callers treat it as anonymous. */
    async verify(token: string): Promise<AccessClaims | null> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ["HS256"] });
        const role = userRoles.find((r) => r === payload.role);
        if (!payload.sub || !role) return null;
        return { userId: payload.sub, role };
      } catch {
        return null;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;

/** AUTH_SECRET when set; in development a random secret kept in DATA_DIR so restarts keep sessions. */
export function resolveAuthSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
