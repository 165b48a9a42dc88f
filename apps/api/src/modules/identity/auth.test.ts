import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { accessTokenOf } from "../../../test/identity.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("auth", () => {
  it("registers a buyer and signs in with the same password", async () => {
    const anonymous = platform.caller();
    const registered = await anonymous.auth.register({
      email: "Asha@Example.com",
      password: "correct horse",
      name: "Asha",
    });
    expect(registered.user).toMatchObject({ email: "asha@example.com", name: "Asha", role: "buyer" });
    expect(registered.user).not.toHaveProperty("passwordHash");

    const signedIn = await anonymous.auth.login({ email: "asha@example.com", password: "correct horse" });
    expect(signedIn.user.id).toBe(registered.user.id);
    const claims = await platform.tokens.verify(accessTokenOf(signedIn));
    expect(claims).toMatchObject({ userId: registered.user.id, role: "buyer" });
    expect(claims?.sessionId).toEqual(expect.any(String));

    const me = await platform.caller({ user: { id: registered.user.id, role: "buyer" } }).auth.me();
    expect(me.email).toBe("asha@example.com");
  });

  it("rejects a duplicate email with EMAIL_TAKEN", async () => {
    await platform
      .caller()
      .auth.register({ email: "dup@example.com", password: "password-one", name: "One" });
    const error = await errorOf(
      platform.caller().auth.register({ email: "DUP@example.com", password: "password-two", name: "Two" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((error.cause as { code?: string }).code).toBe("EMAIL_TAKEN");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    await platform
      .caller()
      .auth.register({ email: "known@example.com", password: "right password", name: "K" });
    const wrong = await errorOf(
      platform.caller().auth.login({ email: "known@example.com", password: "wrong password" }),
    );
    const unknown = await errorOf(
      platform.caller().auth.login({ email: "nobody@example.com", password: "wrong password" }),
    );
    for (const error of [wrong, unknown]) {
      expect(error.code).toBe("UNAUTHORIZED");
      expect((error.cause as { code?: string }).code).toBe("INVALID_CREDENTIALS");
    }
    expect(wrong.message).toBe(unknown.message);
  });

  it("rejects bad input before touching the database", async () => {
    const error = await errorOf(
      platform.caller().auth.register({ email: "not-an-email", password: "short", name: "" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("refuses me() without a signed-in user", async () => {
    const error = await errorOf(platform.caller().auth.me());
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("does not accept a forged token", async () => {
    const accessToken = accessTokenOf(
      await platform.caller().auth.register({ email: "t@example.com", password: "long enough", name: "T" }),
    );
    const [header, payload] = accessToken.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "x", role: "admin", iss: "marquee" })).toString(
      "base64url",
    );
    expect(
      await platform.tokens.verify(`${header}.${forgedPayload}.${accessToken.split(".")[2]}`),
    ).toBeNull();
    expect(await platform.tokens.verify(`${header}.${payload}.AAAA`)).toBeNull();
  });
});
