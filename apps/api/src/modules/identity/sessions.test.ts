import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { accessTokenOf, createAccount, failureOf, PASSWORD } from "../../../test/identity.ts";
import { memoryExchange } from "../../../test/memory-exchange.ts";
import { resolvePrincipal } from "./principal.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

/** The user the API sees for a bearer token, as the HTTP server would resolve it. */
async function bearerUser(accessToken: string) {
  const { user } = await resolvePrincipal(
    memoryExchange({ authorization: `Bearer ${accessToken}` }),
    platform,
  );
  return user;
}

async function signedIn() {
  const account = await createAccount(platform.db);
  const session = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
  return { account, session };
}

describe("refresh token rotation", () => {
  it("swaps a refresh token for new tokens once, and the new access token works", async () => {
    const { account, session } = await signedIn();
    expect(session.refreshToken).toMatch(/^mqr_/);
    const refreshed = await platform.caller().auth.refresh({ refreshToken: session.refreshToken });
    expect(refreshed.refreshToken).not.toBe(session.refreshToken);
    expect(refreshed.user.id).toBe(account.id);
    expect(await bearerUser(accessTokenOf(refreshed))).toMatchObject({ id: account.id, role: "buyer" });
    const again = await platform.caller().auth.refresh({ refreshToken: refreshed.refreshToken });
    expect(again.refreshToken).not.toBe(refreshed.refreshToken);
  });

  it("revokes the whole family when an old refresh token comes back", async () => {
    const { session } = await signedIn();
    const first = await platform.caller().auth.refresh({ refreshToken: session.refreshToken });
    // The stolen original is replayed: the family ends, including the thief's and the owner's newest tokens.
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: session.refreshToken }))).code,
    ).toBe("SESSION_INVALID");
    expect((await failureOf(platform.caller().auth.refresh({ refreshToken: first.refreshToken }))).code).toBe(
      "SESSION_INVALID",
    );
    expect(await bearerUser(accessTokenOf(first))).toBeNull();
    const [audit] = await platform.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "session.refresh_token_reused"));
    expect(audit).toBeDefined();
  });

  it("refuses unknown and expired refresh tokens", async () => {
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: `mqr_${"x".repeat(43)}` }))).code,
    ).toBe("SESSION_INVALID");
    const { session } = await signedIn();
    platform.clock.advance(31 * 86_400_000);
    try {
      expect(
        (await failureOf(platform.caller().auth.refresh({ refreshToken: session.refreshToken }))).code,
      ).toBe("SESSION_INVALID");
    } finally {
      platform.clock.advance(-31 * 86_400_000);
    }
  });
});

describe("ending sessions", () => {
  it("logout ends the session: its refresh and access tokens stop working", async () => {
    const { account, session } = await signedIn();
    const user = await bearerUser(accessTokenOf(session));
    expect(user?.id).toBe(account.id);
    await platform.caller({ user }).auth.logout({});
    expect(await bearerUser(accessTokenOf(session))).toBeNull();
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: session.refreshToken }))).code,
    ).toBe("SESSION_INVALID");
  });

  it("a password change ends every other session and returns a fresh one", async () => {
    const { account, session: phone } = await signedIn();
    const laptop = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    const user = await bearerUser(accessTokenOf(laptop));
    const fresh = await platform
      .caller({ user })
      .auth.changePassword({ currentPassword: PASSWORD, newPassword: "a-new-and-long-secret" });
    expect(await bearerUser(accessTokenOf(phone))).toBeNull();
    expect(await bearerUser(accessTokenOf(laptop))).toBeNull();
    expect(await bearerUser(accessTokenOf(fresh))).toMatchObject({ id: account.id });
    expect((await failureOf(platform.caller().auth.refresh({ refreshToken: phone.refreshToken }))).code).toBe(
      "SESSION_INVALID",
    );
    expect(
      (await failureOf(platform.caller().auth.login({ email: account.email, password: PASSWORD }))).code,
    ).toBe("INVALID_CREDENTIALS");
  });

  it("disabling an account ends its sessions and refuses sign-in", async () => {
    const { account, session } = await signedIn();
    const admin = await createAccount(platform.db, { role: "admin" });
    await platform.caller({ user: admin }).admin.setDisabled({ userId: account.id, disabled: true });
    expect(await bearerUser(accessTokenOf(session))).toBeNull();
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: session.refreshToken }))).code,
    ).toBe("SESSION_INVALID");
    expect(
      (await failureOf(platform.caller().auth.login({ email: account.email, password: PASSWORD }))).code,
    ).toBe("ACCOUNT_DISABLED");
  });

  it("lists the user's sessions and revokes one of them", async () => {
    const { account, session } = await signedIn();
    const other = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    const user = await bearerUser(accessTokenOf(session));
    const sessions = await platform.caller({ user }).account.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const otherId = sessions.find((s) => !s.current)?.id ?? "";
    await platform.caller({ user }).account.revokeSession({ sessionId: otherId });
    expect(await bearerUser(accessTokenOf(other))).toBeNull();
    expect(await bearerUser(accessTokenOf(session))).not.toBeNull();
    // Someone else's session id is not found, not revoked.
    const stranger = await createAccount(platform.db);
    expect(
      (
        await failureOf(
          platform.caller({ user: stranger }).account.revokeSession({ sessionId: user?.sessionId ?? "" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("web sessions in cookies", () => {
  it("keeps tokens in httpOnly cookies and accepts them only with the CSRF header", async () => {
    const account = await createAccount(platform.db);
    const browser = memoryExchange({ "x-marquee-session": "cookie" });
    const session = await platform
      .caller({ http: browser })
      .auth.login({ email: account.email, password: PASSWORD });
    expect(session.refreshToken).toBeUndefined();
    expect(browser.jar.get("mq_refresh")).toMatch(/^mqr_/);
    const csrf = browser.jar.get("mq_csrf") ?? "";
    expect(csrf).not.toBe("");

    // Without the header (a forged cross-site request), the cookie counts for nothing.
    expect((await resolvePrincipal(browser, platform)).user).toBeNull();
    browser.headers["x-csrf-token"] = "not-the-token";
    expect((await resolvePrincipal(browser, platform)).user).toBeNull();
    browser.headers["x-csrf-token"] = csrf;
    expect((await resolvePrincipal(browser, platform)).user?.id).toBe(account.id);

    // Refresh from the cookie: also needs the header.
    const forged = memoryExchange({ "x-marquee-session": "cookie" });
    for (const [name, value] of browser.jar) forged.jar.set(name, value);
    expect((await failureOf(platform.caller({ http: forged }).auth.refresh({}))).code).toBe(
      "SESSION_INVALID",
    );
    const before = browser.jar.get("mq_refresh");
    await platform.caller({ http: browser }).auth.refresh({});
    expect(browser.jar.get("mq_refresh")).not.toBe(before);

    await platform.caller({ http: browser }).auth.logout({});
    expect(browser.jar.has("mq_refresh")).toBe(false);
    expect(browser.jar.has("mq_access")).toBe(false);
  });
});
