import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { addMember, createAccount, failureOf, PASSWORD, totp } from "../../../test/identity.ts";
import { DEMO_TOTP_SECRET, enrolDemoTwoStep } from "./demo.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

/** A signed-in buyer who turned two-step verification on; returns the secret and recovery codes. */
async function enrolled() {
  const account = await createAccount(platform.db);
  const user = { id: account.id, role: account.role };
  const { secret, otpauthUri } = await platform.caller({ user }).mfa.beginEnrolment({});
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Marquee:/);
  const { recoveryCodes } = await platform
    .caller({ user })
    .mfa.confirmEnrolment({ code: await totp(secret, platform.clock) });
  return { account, user, secret, recoveryCodes };
}

describe("TOTP two-step verification", () => {
  it("enrols with a first code, stores the secret sealed and hands out ten recovery codes", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes[0]).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    const [factor] = await platform.db
      .select()
      .from(schema.mfaFactors)
      .where(eq(schema.mfaFactors.userId, user.id));
    expect(factor?.secretSealed).not.toContain(secret);
    expect(await platform.caller({ user }).mfa.status()).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
  });

  it("refuses a wrong first code", async () => {
    const account = await createAccount(platform.db);
    const user = { id: account.id, role: account.role };
    await platform.caller({ user }).mfa.beginEnrolment({});
    expect((await failureOf(platform.caller({ user }).mfa.confirmEnrolment({ code: "000000" }))).code).toBe(
      "MFA_CODE_INVALID",
    );
  });

  it("asks for the code at sign-in, in one step or through a challenge", async () => {
    const { account, secret } = await enrolled();
    const first = await failureOf(platform.caller().auth.login({ email: account.email, password: PASSWORD }));
    expect(first.code).toBe("MFA_REQUIRED");
    const challengeToken = String(first.details.challengeToken);

    platform.clock.advance(30_000);
    const session = await platform
      .caller()
      .auth.completeMfa({ challengeToken, code: await totp(secret, platform.clock) });
    expect(session.user.id).toBe(account.id);
    // A challenge finishes one sign-in only.
    platform.clock.advance(30_000);
    expect(
      (
        await failureOf(
          platform.caller().auth.completeMfa({ challengeToken, code: await totp(secret, platform.clock) }),
        )
      ).code,
    ).toBe("SESSION_INVALID");

    platform.clock.advance(30_000);
    const oneStep = await platform
      .caller()
      .auth.login({ email: account.email, password: PASSWORD, otp: await totp(secret, platform.clock) });
    expect(oneStep.user.id).toBe(account.id);
  });

  it("accepts each code once: a replayed or older code is refused", async () => {
    const { account, secret } = await enrolled();
    platform.clock.advance(60_000);
    const code = await totp(secret, platform.clock);
    await platform.caller().auth.login({ email: account.email, password: PASSWORD, otp: code });
    expect(
      (await failureOf(platform.caller().auth.login({ email: account.email, password: PASSWORD, otp: code })))
        .code,
    ).toBe("MFA_CODE_INVALID");
    const older = await totp(secret, platform.clock, -1);
    expect(
      (
        await failureOf(
          platform.caller().auth.login({ email: account.email, password: PASSWORD, otp: older }),
        )
      ).code,
    ).toBe("MFA_CODE_INVALID");
  });

  it("accepts each recovery code once", async () => {
    const { account, user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3] ?? "";
    const session = await platform
      .caller()
      .auth.login({ email: account.email, password: PASSWORD, otp: code.toLowerCase().replaceAll("-", " ") });
    expect(session.user.id).toBe(account.id);
    expect(
      (await failureOf(platform.caller().auth.login({ email: account.email, password: PASSWORD, otp: code })))
        .code,
    ).toBe("MFA_CODE_INVALID");
    expect((await platform.caller({ user }).mfa.status()).recoveryCodesLeft).toBe(9);
  });

  it("locks the second factor after five wrong codes", async () => {
    const { account, secret } = await enrolled();
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await failureOf(
            platform.caller().auth.login({ email: account.email, password: PASSWORD, otp: "123456" }),
          )
        ).code,
      ).toBe("MFA_CODE_INVALID");
    }
    platform.clock.advance(30_000);
    const locked = await failureOf(
      platform
        .caller()
        .auth.login({ email: account.email, password: PASSWORD, otp: await totp(secret, platform.clock) }),
    );
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("turns off with a current code, and regenerates recovery codes", async () => {
    const { account, user, secret, recoveryCodes } = await enrolled();
    platform.clock.advance(30_000);
    const fresh = await platform
      .caller({ user })
      .mfa.regenerateRecoveryCodes({ code: await totp(secret, platform.clock) });
    expect(fresh.recoveryCodes).not.toContain(recoveryCodes[0]);
    platform.clock.advance(30_000);
    await platform.caller({ user }).mfa.disable({ code: await totp(secret, platform.clock) });
    const session = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    expect(session.user.id).toBe(account.id);
  });
});

describe("required for organization owners and admins", () => {
  it("makes an owner without it enrol before the first session, then keeps it on", async () => {
    const organization = await createOrganization(platform.db);
    const owner = await createAccount(platform.db, { role: "organizer" });
    await addMember(platform.db, organization.id, owner.id, "owner");

    const refused = await failureOf(platform.caller().auth.login({ email: owner.email, password: PASSWORD }));
    expect(refused.code).toBe("MFA_ENROLMENT_REQUIRED");
    const enrolmentToken = String(refused.details.enrolmentToken);
    const { secret } = await platform.caller().mfa.beginEnrolment({ enrolmentToken });
    const done = await platform
      .caller()
      .mfa.confirmEnrolment({ enrolmentToken, code: await totp(secret, platform.clock) });
    expect(done.recoveryCodes).toHaveLength(10);
    expect(done.session?.user.id).toBe(owner.id);

    const user = { id: owner.id, role: owner.role };
    expect((await platform.caller({ user }).mfa.status()).required).toBe(true);
    platform.clock.advance(30_000);
    expect(
      (await failureOf(platform.caller({ user }).mfa.disable({ code: await totp(secret, platform.clock) })))
        .code,
    ).toBe("MFA_REQUIRED_FOR_ROLE");
  });

  it("refuses a forged or expired enrolment token", async () => {
    expect(
      (
        await failureOf(
          platform.caller().mfa.beginEnrolment({ enrolmentToken: "eyJhbGciOiJIUzI1NiJ9.e30.AAAAAAAAAAAA" }),
        )
      ).code,
    ).toBe("SESSION_INVALID");
  });

  it("enrols the published demo secret for the demo organizer and admin", async () => {
    const admin = await createAccount(platform.db, { role: "admin", email: "admin@marquee.test" });
    await enrolDemoTwoStep(platform.db, platform.tokens, platform.log);
    await enrolDemoTwoStep(platform.db, platform.tokens, platform.log);
    const session = await platform.caller().auth.login({
      email: admin.email,
      password: PASSWORD,
      otp: await totp(DEMO_TOTP_SECRET, platform.clock),
    });
    expect(session.user.role).toBe("admin");
  });
});
