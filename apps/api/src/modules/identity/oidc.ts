import { randomBytes } from "node:crypto";
import type { AuthResult, OidcProviderName } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, eq } from "drizzle-orm";
import * as oidc from "openid-client";
import type { Config } from "../../config.ts";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { recordAudit } from "./audit.ts";
import { webUrl } from "./emails.ts";
import { revokeAllSessions, type SessionAccount, sessionAccountColumns, sha256 } from "./sessions.ts";
import { completeSignIn } from "./sign-in.ts";

const { users, userIdentities } = schema;

/*
 * Social sign-in through OpenID Connect (authorization code + PKCE, state and nonce), Google
 * as the configured example. The web app sends the browser to `authorizationUrl`; the
 * provider sends it back to PUBLIC_URL/auth/callback/<provider>, whose page hands the full
 * URL to `auth.oidcFinish`. The state is single-use and bound to the browser by a cookie, so
 * a callback URL planted by someone else cannot sign the victim into the planter's account.
 */

interface ProviderSettings {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function providerSettings(config: Config, provider: OidcProviderName): ProviderSettings | null {
  if (provider === "google" && config.OIDC_GOOGLE_CLIENT_ID && config.OIDC_GOOGLE_CLIENT_SECRET) {
    return {
      name: "Google",
      issuer: config.OIDC_GOOGLE_ISSUER,
      clientId: config.OIDC_GOOGLE_CLIENT_ID,
      clientSecret: config.OIDC_GOOGLE_CLIENT_SECRET,
    };
  }
  return null;
}

export function configuredProviders(config: Config) {
  const google = providerSettings(config, "google");
  return google ? [{ provider: "google" as const, name: google.name }] : [];
}

const discovered = new Map<string, Promise<oidc.Configuration>>();

/** Discovery once per issuer and client; plain http only for a provider on this machine (tests, dev). */
function clientConfiguration(settings: ProviderSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    const issuer = new URL(settings.issuer);
    const local =
      issuer.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(issuer.hostname);
    configuration = oidc
      .discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        undefined,
        local ? { execute: [oidc.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered.delete(key);
        throw error;
      });
    discovered.set(key, configuration);
  }
  return configuration;
}

const STATE_SECONDS = 600;
const BINDING_COOKIE = "mq_oidc";
const stateKey = (state: string) => `auth:oidc-state:${sha256(state)}`;

interface PendingLogin {
  provider: OidcProviderName;
  codeVerifier: string;
  nonce: string;
  /** SHA-256 of the browser-binding cookie, when the flow started over HTTP. */
  binding: string | null;
}

const requireSettings = (config: Config, provider: OidcProviderName) => {
  const settings = providerSettings(config, provider);
  if (!settings) throw new DomainError("OIDC_NOT_CONFIGURED", "This sign-in option is not available here.");
  return settings;
};

const redirectUri = (config: Config, provider: OidcProviderName) =>
  webUrl(config, `auth/callback/${provider}`);

const providerUnavailable = () =>
  new DomainError("OIDC_FAILED", "Signing in with that provider did not work. Please try again.");

export async function startOidcSignIn(ctx: Context, provider: OidcProviderName) {
  const settings = requireSettings(ctx.config, provider);
  const configuration = await clientConfiguration(settings).catch(() => {
    throw providerUnavailable();
  });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  let binding: string | null = null;
  if (ctx.http) {
    const cookie = randomBytes(32).toString("base64url");
    ctx.http.setCookie(BINDING_COOKIE, cookie, {
      httpOnly: true,
      maxAgeSeconds: STATE_SECONDS,
      path: "/trpc",
    });
    binding = sha256(cookie);
  }
  const pending: PendingLogin = { provider, codeVerifier, nonce, binding };
  await ctx.redis.set(stateKey(state), JSON.stringify(pending), "EX", STATE_SECONDS);
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(ctx.config, provider),
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { authorizationUrl: url.toString() };
}

const failed = () =>
  new DomainError("OIDC_FAILED", "That sign-in did not work or took too long. Start again.");

export async function finishOidcSignIn(
  ctx: Context,
  input: { provider: OidcProviderName; callbackUrl: string },
): Promise<AuthResult> {
  const settings = requireSettings(ctx.config, input.provider);
  const callback = new URL(input.callbackUrl);
  const state = callback.searchParams.get("state");
  if (!state || state.length > 512) throw failed();
  const stored = await ctx.redis.getdel(stateKey(state));
  if (!stored) throw failed();
  const pending = JSON.parse(stored) as PendingLogin;
  if (pending.provider !== input.provider) throw failed();
  if (pending.binding) {
    const cookie = ctx.http?.cookie(BINDING_COOKIE);
    if (!cookie || sha256(cookie) !== pending.binding) throw failed();
    ctx.http?.clearCookie(BINDING_COOKIE, { path: "/trpc" });
  }
  // The provider redirected to our redirect URI; check against it, with its query.
  const current = new URL(redirectUri(ctx.config, input.provider));
  current.search = callback.search;
  let claims: oidc.IDToken | undefined;
  try {
    const configuration = await clientConfiguration(settings);
    const tokens = await oidc.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    // Providers may keep profile claims out of the ID token (OIDC core 5.4): ask userinfo.
    if (claims && typeof claims.email !== "string") {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      claims = {
        ...claims,
        email: info.email,
        email_verified: info.email_verified,
        name: info.name ?? claims.name,
      };
    }
  } catch (error) {
    ctx.log.warn({ err: error, provider: input.provider }, "oidc code exchange failed");
    throw failed();
  }
  if (!claims?.sub) throw failed();
  const account = await accountForIdentity(ctx, input.provider, claims);
  return completeSignIn(ctx, account);
}

/**
 * The Marquee account for a provider identity: the one already linked, else the account with
 * the same (provider-verified) email, else a new buyer. An existing account whose email was
 * never verified is taken over by the verified owner: its password, set by whoever registered
 * it, is removed and its sessions end (account pre-hijacking defence).
 */
async function accountForIdentity(
  ctx: Context,
  provider: string,
  claims: oidc.IDToken,
): Promise<SessionAccount> {
  const now = ctx.clock.now();
  const [linked] = await ctx.db
    .select({ ...sessionAccountColumns, disabledAt: users.disabledAt, deletedAt: users.deletedAt })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, claims.sub)));
  if (linked) {
    if (linked.disabledAt || linked.deletedAt)
      throw new DomainError("ACCOUNT_DISABLED", "This account has been disabled.");
    await ctx.db
      .update(userIdentities)
      .set({ lastUsedAt: now })
      .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, claims.sub)));
    return linked;
  }
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || claims.email_verified !== true || email.length > 254) {
    throw new DomainError("OIDC_EMAIL_UNVERIFIED", "Your account there has no verified email address.");
  }
  const name =
    typeof claims.name === "string" && claims.name.trim()
      ? claims.name.trim().slice(0, 120)
      : (email.split("@")[0] ?? email);
  const { account, tookOver } = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ ...sessionAccountColumns, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email))
      .for("update");
    let found: SessionAccount;
    let takeover = false;
    if (existing) {
      if (existing.disabledAt) throw new DomainError("ACCOUNT_DISABLED", "This account has been disabled.");
      takeover = existing.emailVerifiedAt === null;
      if (takeover)
        await tx
          .update(users)
          .set({ passwordHash: null, emailVerifiedAt: now })
          .where(eq(users.id, existing.id));
      found = { ...existing, emailVerifiedAt: existing.emailVerifiedAt ?? now };
    } else {
      const [created] = await tx
        .insert(users)
        .values({ email, name, role: "buyer", emailVerifiedAt: now })
        .returning(sessionAccountColumns);
      if (!created) throw new Error("user not inserted");
      found = created;
    }
    await tx
      .insert(userIdentities)
      .values({ provider, subject: claims.sub, userId: found.id, lastUsedAt: now });
    await recordAudit(
      tx,
      { ...ctx, user: { id: found.id, role: found.role } },
      {
        action: "user.identity_linked",
        subjectType: "user",
        subjectId: found.id,
        data: { provider, createdAccount: !existing, tookOverUnverified: takeover },
      },
    );
    return { account: found, tookOver: takeover };
  });
  if (tookOver) await revokeAllSessions(ctx, account.id);
  return account;
}
