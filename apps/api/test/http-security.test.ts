import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHttpServer } from "../src/http/server.ts";
import { createTestPlatform, type TestPlatform } from "./harness.ts";
import { createAccount, PASSWORD } from "./identity.ts";

let platform: TestPlatform;
let app: Awaited<ReturnType<typeof buildHttpServer>>;
beforeAll(async () => {
  platform = await createTestPlatform({ CORS_ORIGINS: "https://tickets.example.test, app://boxoffice" });
  app = await buildHttpServer(platform);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

const body = (input: unknown) => JSON.stringify(superjson.serialize(input));
const cookiesOf = (setCookie: string | string[] | undefined) =>
  (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((line) => {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const [name = "", value = ""] = pair.split("=");
    return { name, value, attributes: attributes.map((a) => a.toLowerCase()) };
  });

describe("security headers", () => {
  it("sends CSP, frame, referrer and content-type protections on every response", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    // HSTS only where the site is served over https (production).
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    // Without Stripe configured, nothing of Stripe's is allowed.
    expect(csp).not.toContain("stripe.com");
  });

  it("lets Stripe's Payment Element load, frame and call Stripe when Stripe is configured", async () => {
    const withStripe = await createTestPlatform({
      STRIPE_SECRET_KEY: "sk_test_csp",
      STRIPE_PUBLISHABLE_KEY: "pk_test_csp",
      STRIPE_WEBHOOK_SECRET: "whsec_csp",
    });
    const server = await buildHttpServer(withStripe);
    try {
      const response = await server.inject({ method: "GET", url: "/healthz" });
      const directives = new Map(
        String(response.headers["content-security-policy"])
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name = "", ...sources]) => [name, sources]),
      );
      expect(directives.get("script-src")).toEqual(
        expect.arrayContaining(["'self'", "https://js.stripe.com"]),
      );
      expect(directives.get("frame-src")).toEqual(
        expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]),
      );
      expect(directives.get("connect-src")).toEqual(
        expect.arrayContaining(["'self'", "https://api.stripe.com"]),
      );
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    } finally {
      await server.close();
      await withStripe.close();
    }
  });

  it("adds HSTS and Secure cookies in production", async () => {
    const production = await createTestPlatform({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    const server = await buildHttpServer(production);
    try {
      await server.ready();
      const health = await server.inject({ method: "GET", url: "/healthz" });
      expect(health.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      const account = await createAccount(production.db);
      const login = await server.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": "application/json", "x-marquee-session": "cookie" },
        payload: body({ email: account.email, password: PASSWORD }),
      });
      expect(login.statusCode).toBe(200);
      for (const cookie of cookiesOf(login.headers["set-cookie"]))
        expect(cookie.attributes).toContain("secure");
    } finally {
      await server.close();
      await production.close();
    }
  });
});

describe("CORS allowlist", () => {
  const preflight = (origin: string) =>
    app.inject({
      method: "OPTIONS",
      url: "/trpc/auth.login",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  it("lets listed origins call with credentials", async () => {
    for (const origin of ["https://tickets.example.test", "app://boxoffice"]) {
      const response = await preflight(origin);
      expect(response.headers["access-control-allow-origin"]).toBe(origin);
      expect(response.headers["access-control-allow-credentials"]).toBe("true");
    }
  });

  it("gives other origins no CORS headers", async () => {
    const response = await preflight("https://evil.example");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    const simple = await app.inject({
      method: "GET",
      url: "/healthz",
      headers: { origin: "https://evil.example" },
    });
    expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("web session cookies over HTTP", () => {
  it("sets httpOnly SameSite=Strict cookies and needs the CSRF header to use them", async () => {
    const account = await createAccount(platform.db);
    const login = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json", "x-marquee-session": "cookie" },
      payload: body({ email: account.email, password: PASSWORD }),
    });
    expect(login.statusCode).toBe(200);
    const cookies = cookiesOf(login.headers["set-cookie"]);
    const byName = new Map(cookies.map((cookie) => [cookie.name, cookie]));
    // Neither token is in the body, where a script could read it: only in the httpOnly cookies.
    for (const name of ["mq_access", "mq_refresh"]) {
      const token = byName.get(name)?.value ?? "";
      expect(token.length).toBeGreaterThan(20);
      expect(login.body).not.toContain(token);
    }
    expect(login.body).not.toMatch(/accessToken|refreshToken/);
    for (const name of ["mq_access", "mq_refresh"]) {
      expect(byName.get(name)?.attributes).toEqual(
        expect.arrayContaining(["httponly", "samesite=strict", "path=/trpc"]),
      );
    }
    const csrf = byName.get("mq_csrf");
    expect(csrf?.attributes).not.toContain("httponly");
    const cookieHeader = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

    const forged = await app.inject({
      method: "GET",
      url: "/trpc/auth.me",
      headers: { cookie: cookieHeader },
    });
    expect(forged.statusCode).toBe(401);
    const real = await app.inject({
      method: "GET",
      url: "/trpc/auth.me",
      headers: { cookie: cookieHeader, "x-csrf-token": csrf?.value ?? "" },
    });
    expect(real.statusCode).toBe(200);
    expect(real.body).toContain(account.email);
  });
});
