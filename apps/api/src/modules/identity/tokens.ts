import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type UserRole, userRoles } from "@marquee/contracts";
import { decodeJwt, jwtVerify, SignJWT } from "jose";

export interface AccessClaims {
  userId: string;
  role: UserRole;
  /** The signed-in session (refresh-token family) the token belongs to. */
  sessionId?: string | undefined;
  /** Set for a cashier signed in at a box-office terminal: the token only works from there. */
  terminalId?: string | undefined;
}

export interface VerifiedAccess extends AccessClaims {
  /** Seconds since the epoch. */
  issuedAt: number;
}

/** Short-lived signed statements for the steps of a sign-in that is not finished yet. */
export type TokenPurpose = "mfa-challenge" | "mfa-enrolment";

const ISSUER = "marquee";
const ACCESS_AUDIENCE = "marquee-api";
const SOCKET_AUDIENCE = "marquee-socket";
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Everything derived from AUTH_SECRET: access tokens (JWT, HS256), purpose tokens for sign-in
 * steps, sealing of stored secrets (AES-256-GCM) and keyed pseudonyms (HMAC-SHA-256) for rate
 * limiter keys and CSRF tokens. Each use has its own HKDF-derived key.
 */
export function createAccessTokens(secret: string, options: { accessMinutes?: number } = {}) {
  const accessMinutes = options.accessMinutes ?? 15;
  const jwtKey = new TextEncoder().encode(secret);
  const derive = (label: string) => Buffer.from(hkdfSync("sha256", secret, "marquee", label, 32));
  const purposeKey = derive("purpose-token/v1");
  const sealKey = derive("seal/v1");
  const pseudonymKey = derive("pseudonym/v1");

  // A signature checked once stays checked: a client's next requests with the same token skip
  // the HMAC. Expiry is still checked on every use; revocation is the caller's separate check.
  const verified = new Map<string, { claims: VerifiedAccess; expiresAt: number }>();
  const remember = (token: string, claims: VerifiedAccess, expiresAt: number) => {
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value ?? "");
    verified.set(token, { claims, expiresAt });
  };

  const sign = (audience: string, claims: AccessClaims): Promise<string> => {
    const payload: Record<string, string> = { role: claims.role };
    if (claims.sessionId) payload.sid = claims.sessionId;
    if (claims.terminalId) payload.tid = claims.terminalId;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${accessMinutes}m`)
      .sign(jwtKey);
  };

  const check = async (audience: string, token: string): Promise<VerifiedAccess | null> => {
    const key = `${audience} ${token}`;
    const known = verified.get(key);
    if (known) {
      if (known.expiresAt > Date.now()) return known.claims;
      verified.delete(key);
    }
    try {
      const { payload } = await jwtVerify(token, jwtKey, {
        issuer: ISSUER,
        audience,
        algorithms: ["HS256"],
        typ: "at+jwt",
      });
      const role = userRoles.find((r) => r === payload.role);
      if (!payload.sub || !role || typeof payload.iat !== "number" || typeof payload.exp !== "number")
        return null;
      const claims: VerifiedAccess = {
        userId: payload.sub,
        role,
        issuedAt: payload.iat,
        ...(typeof payload.sid === "string" ? { sessionId: payload.sid } : {}),
        ...(typeof payload.tid === "string" ? { terminalId: payload.tid } : {}),
      };
      remember(key, claims, payload.exp * 1000);
      return claims;
    } catch {
      return null;
    }
  };

  return {
    accessMinutes,

    /** An access token for the API (Authorization: Bearer, or the web's httpOnly cookie). */
    issue: (claims: AccessClaims) => sign(ACCESS_AUDIENCE, claims),
    /** Null for any token that is malformed, forged or expired: callers treat it as anonymous. */
    verify: (token: string) => check(ACCESS_AUDIENCE, token),
    /**
     * A token that opens a live-updates socket as this person and nothing else: the web's
     * access token stays in its httpOnly cookie, and this one is refused by the API.
     */
    issueSocket: (claims: AccessClaims) => sign(SOCKET_AUDIENCE, claims),
    verifySocket: (token: string) => check(SOCKET_AUDIENCE, token),

    async issuePurpose(purpose: TokenPurpose, userId: string, minutes: number): Promise<string> {
      return new SignJWT({})
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(purpose)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${minutes}m`)
        .sign(purposeKey);
    },

    async verifyPurpose(
      token: string,
      purpose: TokenPurpose,
    ): Promise<{ userId: string; jti: string } | null> {
      try {
        const { payload } = await jwtVerify(token, purposeKey, {
          issuer: ISSUER,
          audience: purpose,
          algorithms: ["HS256"],
        });
        if (!payload.sub || !payload.jti) return null;
        return { userId: payload.sub, jti: payload.jti };
      } catch {
        return null;
      }
    },

    seal(plaintext: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", sealKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url"));
      return ["v1", ...parts].join(".");
    },

    /** Null when the value was not sealed with this secret or was tampered with. */
    open(sealed: string): string | null {
      const [version, iv, tag, body] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || body === undefined) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", sealKey, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        return null;
      }
    },

    /** A stable keyed pseudonym: rate-limit keys and CSRF tokens never hold raw emails or IPs. */
    pseudonym(value: string): string {
      return createHmac("sha256", pseudonymKey).update(value).digest("base64url");
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

/** A socket token for a signed-in person, and when it expires. */
export async function socketTokenFor(
  tokens: AccessTokens,
  user: { id: string; role: UserRole; sessionId?: string | undefined; terminalId?: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const token = await tokens.issueSocket({
    userId: user.id,
    role: user.role,
    sessionId: user.sessionId,
    terminalId: user.terminalId,
  });
  return { token, expiresAt: new Date((decodeJwt(token).exp ?? 0) * 1000) };
}
