import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { createAccount, failureOf, PASSWORD, tokenFromMail } from "../../../test/identity.ts";
import { backgroundSettled } from "./background.ts";
import { passwordProblem } from "./passwords.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

async function mailTo(email: string) {
  await backgroundSettled();
  return platform.mails.last(email);
}

describe("password rules (NIST 800-63B)", () => {
  it("refuses breached, repetitive and self-referential passwords, without composition rules", async () => {
    expect(await passwordProblem("password1", {})).toBe("breached");
    expect(await passwordProblem("Iloveyou2", {})).toBe("breached");
    expect(await passwordProblem("zqzqzqzqzqzq", {})).toBe("repetitive");
    expect(await passwordProblem("marquee-2024", {})).toBe("context");
    expect(await passwordProblem("priya1984!", { email: "priya1984@example.com" })).toBe("context");
    expect(await passwordProblem("asha Verma!", { name: "Asha Verma" })).toBe("context");
    expect(await passwordProblem("all lowercase words here", {})).toBeNull();
    expect(await passwordProblem("asha loves long walks", { name: "Asha" })).toBeNull();
  });

  it("register answers PASSWORD_REJECTED with the reason", async () => {
    const failure = await failureOf(
      platform.caller().auth.register({ email: "weak@example.test", password: "qwertyuiop", name: "Weak" }),
    );
    expect(failure).toMatchObject({ code: "PASSWORD_REJECTED", details: { reason: "breached" } });
  });
});

describe("email verification", () => {
  it("sends a link on sign-up that marks the email verified, once", async () => {
    const registered = await platform
      .caller()
      .auth.register({ email: "new@example.test", password: PASSWORD, name: "<b>New</b>" });
    expect(registered.user.emailVerified).toBe(false);
    const mail = await mailTo("new@example.test");
    expect(mail.html).toContain("&#60;b&#62;New&#60;/b&#62;");
    expect(mail.html).not.toContain("<b>New</b>");
    const token = tokenFromMail(mail.text);
    await platform.caller().auth.verifyEmail({ token });
    const me = await platform.caller({ user: { id: registered.user.id, role: "buyer" } }).auth.me();
    expect(me.emailVerified).toBe(true);
    expect((await failureOf(platform.caller().auth.verifyEmail({ token }))).code).toBe("TOKEN_INVALID");
  });
});

describe("password reset", () => {
  it("answers known and unknown emails alike and mails only the account holder", async () => {
    const account = await createAccount(platform.db);
    const sentBefore = platform.mails.sent.length;
    const known = await platform.caller().auth.requestPasswordReset({ email: account.email });
    const unknown = await platform.caller().auth.requestPasswordReset({ email: "nobody-here@example.test" });
    expect(known).toEqual(unknown);
    await backgroundSettled();
    expect(platform.mails.sent.slice(sentBefore).map((m) => m.to)).toEqual([account.email]);
  });

  it("sets a new password with a one-time link and ends every session", async () => {
    const account = await createAccount(platform.db);
    const old = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    await platform.caller().auth.requestPasswordReset({ email: account.email });
    const token = tokenFromMail((await mailTo(account.email)).text);

    // A rejected password does not use the link up.
    expect(
      (await failureOf(platform.caller().auth.resetPassword({ token, password: "password123" }))).code,
    ).toBe("PASSWORD_REJECTED");
    await platform.caller().auth.resetPassword({ token, password: "river-stone-lantern" });
    expect(
      (await failureOf(platform.caller().auth.resetPassword({ token, password: "another-fine-one" }))).code,
    ).toBe("TOKEN_INVALID");
    expect((await failureOf(platform.caller().auth.refresh({ refreshToken: old.refreshToken }))).code).toBe(
      "SESSION_INVALID",
    );
    const signedIn = await platform
      .caller()
      .auth.login({ email: account.email, password: "river-stone-lantern" });
    expect(signedIn.user.id).toBe(account.id);
  });

  it("reset links expire after 30 minutes", async () => {
    const account = await createAccount(platform.db);
    await platform.caller().auth.requestPasswordReset({ email: account.email });
    const token = tokenFromMail((await mailTo(account.email)).text);
    platform.clock.advance(31 * 60_000);
    try {
      expect(
        (await failureOf(platform.caller().auth.resetPassword({ token, password: "river-stone-lantern" })))
          .code,
      ).toBe("TOKEN_INVALID");
    } finally {
      platform.clock.advance(-31 * 60_000);
    }
  });

  it("sends at most five links an hour to one address, answering the same", async () => {
    const account = await createAccount(platform.db);
    const sentBefore = platform.mails.sent.length;
    for (let i = 0; i < 7; i++) {
      expect(await platform.caller().auth.requestPasswordReset({ email: account.email })).toEqual({
        accepted: true,
      });
    }
    await backgroundSettled();
    expect(platform.mails.sent.slice(sentBefore).filter((m) => m.to === account.email)).toHaveLength(5);
  });
});

describe("magic link sign-in", () => {
  it("signs in once with the emailed link and verifies the email", async () => {
    const account = await createAccount(platform.db, { verified: false });
    await platform.caller().auth.requestMagicLink({ email: account.email });
    const token = tokenFromMail((await mailTo(account.email)).text);
    const session = await platform.caller().auth.signInWithLink({ token });
    expect(session.user).toMatchObject({ id: account.id, emailVerified: true });
    expect((await failureOf(platform.caller().auth.signInWithLink({ token }))).code).toBe("TOKEN_INVALID");
    const [row] = await platform.db
      .select({ verifiedAt: schema.users.emailVerifiedAt })
      .from(schema.users)
      .where(eq(schema.users.id, account.id));
    expect(row?.verifiedAt).not.toBeNull();
  });

  it("stores only hashes of emailed tokens", async () => {
    const account = await createAccount(platform.db);
    await platform.caller().auth.requestMagicLink({ email: account.email });
    const token = tokenFromMail((await mailTo(account.email)).text);
    const rows = await platform.db.select().from(schema.oneTimeTokens);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});
