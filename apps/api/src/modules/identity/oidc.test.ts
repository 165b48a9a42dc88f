import { randomUUID } from "node:crypto";
import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { createAccount, failureOf, PASSWORD } from "../../../test/identity.ts";
import { memoryExchange } from "../../../test/memory-exchange.ts";
import { type OidcTestAccount, startOidcProvider } from "../../../test/oidc-provider.ts";

const PUBLIC_URL = "http://localhost:5173";
const client = {
  clientId: "marquee-web",
  clientSecret: "a-client-secret-for-tests",
  redirectUri: `${PUBLIC_URL}/auth/callback/google`,
};

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let platform: TestPlatform;
beforeAll(async () => {
  provider = await startOidcProvider(client);
  platform = await createTestPlatform({
    PUBLIC_URL,
    OIDC_GOOGLE_ISSUER: provider.issuer,
    OIDC_GOOGLE_CLIENT_ID: client.clientId,
    OIDC_GOOGLE_CLIENT_SECRET: client.clientSecret,
  });
});
afterAll(async () => {
  await platform?.close();
  await provider?.close();
});

const googler = (overrides: Partial<OidcTestAccount> = {}): OidcTestAccount => ({
  sub: randomUUID(),
  email: `g-${randomUUID().slice(0, 8)}@gmail.test`,
  emailVerified: true,
  name: "Gita Google",
  ...overrides,
});

/** The whole browser round trip: start, sign in at the provider, come back, finish. */
async function signInWithGoogle(account: OidcTestAccount, browser = memoryExchange()) {
  provider.signInAs(account);
  const { authorizationUrl } = await platform
    .caller({ http: browser })
    .auth.oidcStart({ provider: "google" });
  const callbackUrl = await provider.authorize(authorizationUrl);
  return platform.caller({ http: browser }).auth.oidcFinish({ provider: "google", callbackUrl });
}

describe("social sign-in with OpenID Connect", () => {
  it("lists the configured provider", async () => {
    expect(await platform.caller().auth.oidcProviders()).toEqual([{ provider: "google", name: "Google" }]);
  });

  it("creates a verified buyer on first sign-in and finds them again by subject", async () => {
    const account = googler();
    const first = await signInWithGoogle(account);
    expect(first.user).toMatchObject({
      email: account.email,
      name: "Gita Google",
      role: "buyer",
      emailVerified: true,
    });
    const again = await signInWithGoogle({ ...account, email: "changed-at-google@gmail.test" });
    expect(again.user.id).toBe(first.user.id);
  });

  it("links to an existing verified account with the same email", async () => {
    const existing = await createAccount(platform.db);
    const session = await signInWithGoogle(googler({ email: existing.email }));
    expect(session.user.id).toBe(existing.id);
    // The password still works too.
    await platform.caller().auth.login({ email: existing.email, password: PASSWORD });
  });

  it("takes over an unverified account with that email: the squatter's password stops working", async () => {
    const squatted = await createAccount(platform.db, { verified: false });
    const squatterSession = await platform.caller().auth.login({ email: squatted.email, password: PASSWORD });
    const session = await signInWithGoogle(googler({ email: squatted.email }));
    expect(session.user.id).toBe(squatted.id);
    expect(
      (await failureOf(platform.caller().auth.login({ email: squatted.email, password: PASSWORD }))).code,
    ).toBe("INVALID_CREDENTIALS");
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: squatterSession.refreshToken }))).code,
    ).toBe("SESSION_INVALID");
  });

  it("refuses an identity without a verified email", async () => {
    expect((await failureOf(signInWithGoogle(googler({ emailVerified: false })))).code).toBe(
      "OIDC_EMAIL_UNVERIFIED",
    );
  });

  it("uses each state once and only in the browser that started", async () => {
    const account = googler();
    provider.signInAs(account);
    const browser = memoryExchange();
    const { authorizationUrl } = await platform
      .caller({ http: browser })
      .auth.oidcStart({ provider: "google" });
    const callbackUrl = await provider.authorize(authorizationUrl);
    // A callback URL planted in someone else's browser does not sign them in.
    expect(
      (
        await failureOf(
          platform.caller({ http: memoryExchange() }).auth.oidcFinish({ provider: "google", callbackUrl }),
        )
      ).code,
    ).toBe("OIDC_FAILED");
    // ...and that attempt used the state up.
    expect(
      (
        await failureOf(
          platform.caller({ http: browser }).auth.oidcFinish({ provider: "google", callbackUrl }),
        )
      ).code,
    ).toBe("OIDC_FAILED");
    const forged = new URL(callbackUrl);
    forged.searchParams.set("state", "made-up-state");
    expect(
      (
        await failureOf(
          platform
            .caller({ http: browser })
            .auth.oidcFinish({ provider: "google", callbackUrl: forged.toString() }),
        )
      ).code,
    ).toBe("OIDC_FAILED");
  });

  it("still asks a user with two-step verification for the code", async () => {
    const account = googler();
    const first = await signInWithGoogle(account);
    await platform.db.insert(schema.mfaFactors).values({
      userId: first.user.id,
      secretSealed: platform.tokens.seal("JBSWY3DPEHPK3PXP"),
      enabledAt: new Date(),
    });
    expect((await failureOf(signInWithGoogle(account))).code).toBe("MFA_REQUIRED");
    const [identity] = await platform.db
      .select()
      .from(schema.userIdentities)
      .where(eq(schema.userIdentities.userId, first.user.id));
    expect(identity?.provider).toBe("google");
  });

  it("says when a provider is not configured", async () => {
    const bare = await createTestPlatform();
    try {
      expect((await failureOf(bare.caller().auth.oidcStart({ provider: "google" }))).code).toBe(
        "OIDC_NOT_CONFIGURED",
      );
      expect(await bare.caller().auth.oidcProviders()).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
