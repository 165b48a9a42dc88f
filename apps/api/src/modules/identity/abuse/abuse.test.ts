import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/harness.ts";
import { createAccount, failureOf, PASSWORD } from "../../../../test/identity.ts";
import { memoryExchange } from "../../../../test/memory-exchange.ts";
import { CAPTCHA_HEADER, type CaptchaVerifier, createSiteverifyCaptcha } from "./captcha.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

/** What a client sees from one sign-in attempt: the code and how long to wait. */
async function attempt(email: string, password: string, ip: string) {
  const failure = await failureOf(platform.caller({ ip }).auth.login({ email, password }));
  return {
    code: failure.code,
    message: failure.message,
    retryAfter: failure.details.retryAfterSeconds ?? null,
  };
}

describe("password guessing", () => {
  it("answers a known and an unknown email the same way, through the progressive delay", async () => {
    const known = await createAccount(platform.db);
    const unknown = `nobody-${randomUUID()}@example.test`;
    const sequence = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await attempt(email, "not the password", "203.0.113.7"));
      return answers;
    };
    const knownAnswers = await sequence(known.email);
    const unknownAnswers = await sequence(unknown);
    expect(knownAnswers).toEqual(unknownAnswers);
    expect(knownAnswers.map((a) => a.code)).toEqual([
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "RATE_LIMITED",
    ]);
    expect(knownAnswers[3]?.retryAfter).toBe(1);
    // Another IP is not slowed down by this one's failures.
    const signedIn = await platform
      .caller({ ip: "198.51.100.1" })
      .auth.login({ email: known.email, password: PASSWORD });
    expect(signedIn.user.id).toBe(known.id);
  });

  it("locks an account after 100 failures a day from anywhere, known or not, until the window passes", async () => {
    const known = await createAccount(platform.db);
    const unknown = `nobody-${randomUUID()}@example.test`;
    for (const email of [known.email, unknown]) {
      for (let i = 0; i < 100; i++)
        await attempt(email, "wrong guess", `10.1.${Math.floor(i / 200)}.${i % 200}`);
    }
    const knownLocked = await attempt(known.email, PASSWORD, "192.0.2.50");
    const unknownLocked = await attempt(unknown, PASSWORD, "192.0.2.50");
    expect(knownLocked.code).toBe("RATE_LIMITED");
    expect({ ...knownLocked, retryAfter: null }).toEqual({ ...unknownLocked, retryAfter: null });
  });
});

describe("request quotas", () => {
  it("slows down a caller who grabs holds like a bot", async () => {
    const buyer = await createAccount(platform.db);
    const http = memoryExchange();
    const codes: string[] = [];
    for (let i = 0; i < 22; i++) {
      const failure = await failureOf(
        platform
          .caller({ user: buyer, ip: "203.0.113.9", http })
          .inventory.hold({ showId: randomUUID(), seatIds: [randomUUID()] }),
      );
      codes.push(failure.code);
    }
    expect(codes.slice(0, 20).every((code) => code !== "RATE_LIMITED")).toBe(true);
    expect(codes.slice(20)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("does not throttle in-process callers (jobs, tests) that have no HTTP request", async () => {
    const buyer = await createAccount(platform.db);
    for (let i = 0; i < 25; i++) {
      const failure = await failureOf(
        platform.caller({ user: buyer }).inventory.hold({ showId: randomUUID(), seatIds: [randomUUID()] }),
      );
      expect(failure.code).not.toBe("RATE_LIMITED");
    }
  });
});

describe("the CAPTCHA hook", () => {
  it("asks for a CAPTCHA after five sign-ups from one IP, and accepts a verified token", async () => {
    const tokensSeen: string[] = [];
    const captcha: CaptchaVerifier = {
      async verify(token) {
        tokensSeen.push(token);
        return token === "human";
      },
    };
    const guarded = await createTestPlatform({}, { captcha });
    try {
      const register = (i: number, headers: Record<string, string> = {}) =>
        guarded.caller({ ip: "203.0.113.44", http: memoryExchange(headers) }).auth.register({
          email: `signup-${i}-${randomUUID()}@example.test`,
          password: PASSWORD,
          name: "Someone",
        });
      for (let i = 0; i < 5; i++) await register(i);
      const refused = await failureOf(register(5));
      expect(refused).toMatchObject({ code: "CAPTCHA_REQUIRED", details: { header: CAPTCHA_HEADER } });
      expect((await failureOf(register(6, { [CAPTCHA_HEADER]: "robot" }))).code).toBe("CAPTCHA_REQUIRED");
      const accepted = await register(7, { [CAPTCHA_HEADER]: "human" });
      expect(accepted.user.role).toBe("buyer");
      expect(tokensSeen).toEqual(["robot", "human"]);
    } finally {
      await guarded.close();
    }
  });

  it("talks the siteverify protocol", async () => {
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const form = new URLSearchParams(body);
        const ok =
          form.get("secret") === "s3cret" &&
          form.get("response") === "good" &&
          form.get("remoteip") === "1.2.3.4";
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ success: ok }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const verifier = createSiteverifyCaptcha(`http://127.0.0.1:${port}/siteverify`, "s3cret");
      expect(await verifier.verify("good", "1.2.3.4")).toBe(true);
      expect(await verifier.verify("bad", "1.2.3.4")).toBe(false);
    } finally {
      server.close();
    }
  });
});
