import type { RunningApi } from "@marquee/e2e-support/api-server";
import { type AxeFinding, seriousViolations } from "@marquee/e2e-support/axe";
import { type City, type OpenedPage, openPage, registerBuyer, signIn } from "@marquee/e2e-support/browser";
import { demoPassword } from "@marquee/e2e-support/demo";
import { readQrCode } from "@marquee/e2e-support/qr";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { linkPathIn, type Mailbox, startMailbox } from "./support/mailbox.ts";
import { authenticatorApp, signOutFromMenu, storedSession, submitPassword } from "./support/sign-in.ts";
import { openStorefront, type Storefront, screenshots } from "./support/storefront.ts";

/*
 * Every way into an account from the storefront, against the real API (its mail going to a real
 * SMTP server here): two-step verification set up at first sign-in and used after, signing out,
 * a forgotten password, a sign-in link, confirming an email, and the social sign-in button.
 */

const BUYER_PASSWORD = "a long enough passphrase"; // what registerBuyer signs up with

let storefront: Storefront;
let api: RunningApi;
let mailbox: Mailbox;
let browser: Browser;
let mumbai: City;

beforeAll(async () => {
  mailbox = await startMailbox();
  storefront = await openStorefront({
    snapshot: true,
    env: {
      SMTP_URL: mailbox.url,
      // Shared Redis keeps per-address quotas across runs; this file asks for several links.
      RATE_LIMITS: "off",
      // "Sign in with Google" is offered when configured; nothing answers at this issuer.
      OIDC_GOOGLE_CLIENT_ID: "marquee-web-e2e",
      OIDC_GOOGLE_CLIENT_SECRET: "a-client-secret-for-e2e",
      OIDC_GOOGLE_ISSUER: "http://127.0.0.1:9/",
    },
  });
  ({ api, browser, mumbai } = storefront);
});

afterAll(async () => {
  await storefront?.stop();
  await mailbox?.close();
});

/** The answer of `auth.refresh` to a browser holding these cookies: the new session, or the error code. */
async function refreshWith(cookies: { refresh?: string; csrf?: string }): Promise<string> {
  const response = await fetch(`${api.baseUrl}/trpc/auth.refresh`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-marquee-session": "cookie",
      "x-csrf-token": cookies.csrf ?? "",
      cookie: `mq_refresh=${cookies.refresh}; mq_csrf=${cookies.csrf}`,
    },
    body: JSON.stringify({ json: {} }),
  });
  const body = (await response.json()) as {
    result?: unknown;
    error?: { json?: { data?: { code?: string } } };
  };
  return body.result ? "renewed" : (body.error?.json?.data?.code ?? "unknown");
}

describe("two-step verification at sign-in (the demo organizer: owners must have it)", () => {
  let organizer: OpenedPage;
  let app: ReturnType<typeof authenticatorApp>;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    organizer = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
  });
  afterAll(() => organizer?.context.close());

  it("sets up an authenticator at the first sign-in, shows the recovery codes once, then signs in", async () => {
    const { page, context } = organizer;
    await page.goto("/bookings"); // a page that needs signing in: the sign-in remembers it
    await page.waitForURL("**/sign-in");
    await submitPassword(page, "organizer@marquee.test", demoPassword);
    await page.getByRole("heading", { name: "Protect your account" }).waitFor();

    // The QR code a phone scans carries the very key offered for typing in by hand.
    const qr = page.getByRole("img", { name: /QR code that adds Marquee/ });
    await qr.waitFor();
    const uri = new URL((await readQrCode(qr)) ?? "");
    expect(uri.protocol).toBe("otpauth:");
    const secret = uri.searchParams.get("secret") ?? "";
    expect((await page.getByTestId("otp-secret").textContent())?.replace(/\s/g, "")).toBe(secret);
    app = authenticatorApp(secret);

    await page.getByLabel("6-digit code").fill("12345");
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await page.getByText("Enter the 6 digits your app shows.").waitFor();

    await page.getByLabel("6-digit code").fill(await app.nextCode());
    await page.getByRole("button", { name: "Verify and continue" }).click();
    const codes = page.getByTestId("recovery-codes").getByRole("listitem");
    await codes.first().waitFor();
    recoveryCodes = await codes.allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}auth-two-step-recovery-codes-1280.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Signed in already (the API set the cookies with the codes), still on this page to save them.
    await page.getByRole("button", { name: /^Account menu for/ }).waitFor();

    await page.getByRole("button", { name: "I’ve saved them" }).click();
    await page.waitForURL("**/bookings");

    // The tokens stay in httpOnly cookies on the API's path; scripts see only who is signed in.
    const stored = await storedSession(context, page);
    expect(stored.access).toMatchObject({ httpOnly: true, path: "/trpc", sameSite: "Strict" });
    expect(stored.refresh).toMatchObject({ httpOnly: true, path: "/trpc", sameSite: "Strict" });
    expect(stored.csrf).toMatchObject({ httpOnly: false });
    expect(JSON.parse(stored.profile ?? "null")?.user?.email).toBe("organizer@marquee.test");
    expect(stored.profile).not.toMatch(/token|mqr_|eyJ/i);
    expect(organizer.errors).toEqual([]);
  });

  it("signs out: the session ends at the API and nothing of it stays in the browser", async () => {
    const { page, context } = organizer;
    const before = await storedSession(context, page);
    // Home loads lazily and this page has not been there yet: a slow home page must not let the
    // page being left see the session end and send the person to sign in instead.
    await page.route(/\/assets\/HomePage-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await signOutFromMenu(page);
    expect(new URL(page.url()).pathname).toBe("/");

    const after = await storedSession(context, page);
    expect([after.access, after.refresh, after.csrf, after.profile]).toEqual([
      undefined,
      undefined,
      undefined,
      null,
    ]);
    // Even a copy of the refresh cookie taken before signing out no longer works.
    expect(await refreshWith({ refresh: before.refresh?.value, csrf: before.csrf?.value })).toBe(
      "SESSION_INVALID",
    );
    await page.goto("/bookings");
    await page.waitForURL("**/sign-in");
  });

  it("asks for the app's code at the next sign-in, and refuses a wrong one", async () => {
    const { page } = organizer;
    await submitPassword(page, "organizer@marquee.test", demoPassword);
    await page.getByRole("heading", { name: "Enter your code" }).waitFor();
    await page.getByLabel("6-digit code").fill("000000");
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.getByRole("alert").getByText("That code didn’t work").waitFor();

    await page.getByLabel("6-digit code").fill(await app.nextCode());
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.waitForURL("**/bookings"); // where the person was going before signing in
    await page.getByRole("button", { name: /^Account menu for/ }).waitFor();
  });

  it("takes a recovery code instead of the app's, once", async () => {
    const { page } = organizer;
    await signOutFromMenu(page);
    await submitPassword(page, "organizer@marquee.test", demoPassword);
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    const [code] = recoveryCodes;
    await page.getByLabel("Recovery code").fill(code ?? "");
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.getByRole("button", { name: /^Account menu for/ }).waitFor();

    await signOutFromMenu(page);
    await submitPassword(page, "organizer@marquee.test", demoPassword);
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(code ?? "");
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.getByRole("alert").getByText("That didn’t work").waitFor();
    expect(organizer.errors).toEqual([]);
  });
});

describe("a forgotten password", () => {
  let buyer: OpenedPage & { email: string };

  beforeAll(async () => {
    const opened = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
    buyer = { ...opened, email: await registerBuyer(opened.page, "Rhea Forgetful") };
    await signOutFromMenu(opened.page);
  });
  afterAll(() => buyer?.context.close());

  it("answers the same whether or not the email has an account", async () => {
    const { page } = buyer;
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill("nobody-here@example.com");
    await page.getByRole("button", { name: "Send reset link" }).click();
    const sent = page.getByTestId("link-sent");
    await sent.waitFor();
    const forNobody = (await sent.textContent())?.replace("nobody-here@example.com", "…");

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(buyer.email);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe(buyer.email); // carried over
    await page.getByRole("button", { name: "Send reset link" }).click();
    await sent.waitFor();
    expect((await sent.textContent())?.replace(buyer.email, "…")).toBe(forNobody);
    expect(forNobody).toContain("If there’s a Marquee account for …");
  });

  it("sets a new password from the emailed link, which then works only once", async () => {
    const { page } = buyer;
    const link = linkPathIn(await mailbox.waitForMail(buyer.email, /Reset your Marquee password/));
    expect(link).toMatch(/^\/reset-password#token=/);
    await page.goto(link);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByText("Use at least 8 characters.").waitFor();
    await page.getByLabel("New password").fill("an entirely new passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByRole("heading", { name: "Your password has been changed" }).waitFor();
    expect(new URL(page.url()).hash).toBe(""); // the used token leaves the address bar

    await submitPassword(page, buyer.email, BUYER_PASSWORD);
    await page.getByText("Check your password, or the email above it.").waitFor();
    await signIn(page, buyer.email, "an entirely new passphrase");
    await page.getByRole("button", { name: /^Account menu for/ }).waitFor();

    await page.goto(link);
    await page.getByLabel("New password").fill("yet another passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByText("This link has expired or was already used. Ask for a new one.").waitFor();
    await page.getByRole("link", { name: "Ask for a new link" }).waitFor();
    expect(buyer.errors).toEqual([]);
  });
});

describe("links by email", () => {
  let buyer: OpenedPage & { email: string };

  beforeAll(async () => {
    const opened = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
    buyer = { ...opened, email: await registerBuyer(opened.page, "Kabir Linkwise") };
  });
  afterAll(() => buyer?.context.close());

  it("confirms the email address from the link sent at registration", async () => {
    const { page } = buyer;
    const link = linkPathIn(await mailbox.waitForMail(buyer.email, /Confirm your email/));
    expect(link).toMatch(/^\/verify-email#token=/);
    await page.goto(link);
    await page.getByRole("heading", { name: "Your email is confirmed" }).waitFor();
    await page.goto("/verify-email"); // the link again, cut short: nothing more to do
    await page.getByText("Your email address is already confirmed.").waitFor();
  });

  it("signs in with a one-time link instead of the password", async () => {
    const { page } = buyer;
    await signOutFromMenu(page);
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Sign in without a password" }).waitFor();
    await page.getByLabel("Email").fill(buyer.email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await page.getByTestId("link-sent").waitFor();

    const link = linkPathIn(await mailbox.waitForMail(buyer.email, /sign-in link/));
    expect(link).toMatch(/^\/sign-in\/link#token=/);
    await page.goto(link);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: /^Account menu for/ }).waitFor();

    await signOutFromMenu(page);
    await page.goto(link);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("This sign-in link doesn’t work").waitFor();
    expect(buyer.errors).toEqual([]);
  });
});

describe("social sign-in", () => {
  it("offers each configured provider, and says so when it cannot be reached or was cancelled", async () => {
    const { page, context, errors } = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Continue with Google" }).click();
    await page.getByText("We couldn’t start signing in with Google").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    await page.goto("/auth/callback/google?error=access_denied&state=x");
    await page.getByText("Signing in with Google was cancelled, or Google didn’t allow it.").waitFor();
    await page.goto("/auth/callback/google?code=stolen&state=not-from-this-browser");
    await page.getByText("Signing in with that provider didn’t work. Please start again.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The new screens at a phone and a desktop width: looked at, and checked by axe. */
describe.each([360, 1280])("the sign-in screens at %i px", (width) => {
  let page: Page;
  let errors: string[];
  let findings: Record<string, AxeFinding[]> = {};

  async function screen(name: string) {
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${screenshots}auth-${name}-${width}.png`, fullPage: true });
    findings[name] = await seriousViolations(page);
  }

  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, api.baseUrl, { width, city: mumbai }));
  });
  beforeEach(() => {
    findings = {};
  });
  afterAll(() => page?.context().close());

  it("sign in, forgotten password, email link, reset, confirmation and provider return", async () => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Continue with Google" }).waitFor();
    await screen("sign-in");

    await page.goto("/forgot-password");
    await screen("forgot-password");
    await page.getByLabel("Email").fill(`screens-${width}@example.com`);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByTestId("link-sent").waitFor();
    await screen("forgot-password-sent");

    await page.goto("/reset-password#token=a-token-only-for-screenshots");
    await screen("reset-password");
    await page.goto("/reset-password");
    await screen("reset-password-incomplete");

    await page.goto("/sign-in/email");
    await screen("email-link");
    await page.goto("/sign-in/link#token=a-token-only-for-screenshots");
    await screen("email-link-landing");

    await page.goto("/verify-email");
    await screen("verify-email-incomplete");
    await page.goto("/auth/callback/google?error=access_denied");
    await page.getByRole("alert").waitFor();
    await screen("provider-cancelled");

    expect(errors).toEqual([]);
    for (const [name, found] of Object.entries(findings)) expect([name, found]).toEqual([name, []]);
  });

  it("two-step verification: setting it up, and the code at sign-in", async () => {
    // The demo admin must have two-step verification and has none yet: set-up comes first.
    await page.goto("/sign-in");
    await submitPassword(page, "admin@marquee.test", demoPassword);
    await page.getByRole("img", { name: /QR code that adds Marquee/ }).waitFor();
    await screen("two-step-setup");
    await page.getByRole("button", { name: "Back to sign in" }).click();

    // The organizer set it up above (the 1280 px flow ran first): the code step.
    await submitPassword(page, "organizer@marquee.test", demoPassword);
    await page.getByRole("heading", { name: "Enter your code" }).waitFor();
    await screen("two-step-code");
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await screen("two-step-recovery");

    for (const [name, found] of Object.entries(findings)) expect([name, found]).toEqual([name, []]);
  });
});
