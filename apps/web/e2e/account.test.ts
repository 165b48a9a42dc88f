import { readFileSync } from "node:fs";
import type { RunningApi } from "@marquee/e2e-support/api-server";
import { seriousViolations } from "@marquee/e2e-support/axe";
import { type City, type OpenedPage, openPage, registerBuyer } from "@marquee/e2e-support/browser";
import { readQrCode } from "@marquee/e2e-support/qr";
import { generate } from "otplib";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseSeatsAndContinue } from "./support/seats.ts";
import { openStorefront, type Storefront, screenshots } from "./support/storefront.ts";

const PASSWORD = "a long enough passphrase"; // what registerBuyer signs up with

let storefront: Storefront;
let api: RunningApi;
let browser: Browser;
let mumbai: City;

beforeAll(async () => {
  storefront = await openStorefront();
  ({ api, browser, mumbai } = storefront);
});
afterAll(() => storefront?.stop());

/** A new buyer, signed in, on their account page. */
async function newBuyerOnAccountPage(width: number, name: string): Promise<OpenedPage & { email: string }> {
  const opened = await openPage(browser, api.baseUrl, { width, city: mumbai });
  const email = await registerBuyer(opened.page, name);
  await opened.page.goto("/account");
  await opened.page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  return { ...opened, email };
}

const card = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** The error code of an API call made the way any client would, or "ok". */
async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    return /"code":"([A-Z_]+)"/.exec(String(error))?.[1] ?? String(error);
  }
}

/** A screenshot for people to look at, and what axe finds serious on the page as it is. */
async function look(page: Page, name: string, fullPage = false) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150); // let entrance transitions settle
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage });
  return seriousViolations(page);
}

async function downloadedText(page: Page, trigger: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

describe("two-step verification from the account page", () => {
  let buyer: OpenedPage & { email: string };
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    buyer = await newBuyerOnAccountPage(1280, "Mira Authenticator");
  });
  afterAll(() => buyer?.context.close());

  it("turns on with a scanned QR code and the app's first code, then shows recovery codes once", async () => {
    const { page, email } = buyer;
    const twoStep = card(page, "Two-step verification");
    await expect.poll(() => twoStep.getByTestId("two-step-status").textContent()).toBe("Off");
    await twoStep.getByRole("button", { name: "Turn on" }).click();

    // What a phone's camera reads is the same key the page offers for typing in by hand.
    const uri = await readQrCode(twoStep.getByRole("img", { name: /QR code that adds Marquee/ }));
    expect(uri).toMatch(/^otpauth:\/\/totp\/Marquee:/);
    const secret = new URL(uri ?? "").searchParams.get("secret") ?? "";
    expect(((await twoStep.getByTestId("otp-secret").textContent()) ?? "").replace(/\s/g, "")).toBe(secret);
    expect(decodeURIComponent(uri ?? "")).toContain(email);

    await twoStep.getByLabel("6-digit code").fill("000000");
    await twoStep.getByRole("button", { name: "Verify and turn on" }).click();
    await twoStep.getByRole("alert").filter({ hasText: "That code didn’t work" }).waitFor();

    await twoStep.getByLabel("6-digit code").fill(await generate({ secret }));
    await twoStep.getByRole("button", { name: "Verify and turn on" }).click();
    const codes = twoStep.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect.poll(() => codes.count()).toBe(10);
    recoveryCodes = await codes.allTextContents();
    await twoStep.scrollIntoViewIfNeeded();
    expect(await look(page, "account-recovery-codes-1280")).toEqual([]);
    expect(recoveryCodes.every((code) => /^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/.test(code))).toBe(true);

    const file = await downloadedText(page, twoStep.getByRole("button", { name: "Download" }));
    expect(file.name).toBe("marquee-recovery-codes.txt");
    for (const code of recoveryCodes) expect(file.text).toContain(code);

    await twoStep.getByRole("button", { name: "I’ve saved them" }).click();
    await expect.poll(() => codes.count()).toBe(0); // shown once, then gone
    await expect.poll(() => twoStep.getByTestId("two-step-status").textContent()).toBe("On");
    await twoStep.getByText("10 recovery codes left").waitFor();
    await twoStep.getByText("Two-step verification is on.").waitFor();

    // Signing in with the password alone is no longer enough.
    expect(await outcomeOf(api.mutate("auth.login", { email, password: PASSWORD }))).toBe("MFA_REQUIRED");
  });

  it("makes new recovery codes, and the old ones stop working", async () => {
    const { page } = buyer;
    const twoStep = card(page, "Two-step verification");
    await twoStep.getByRole("button", { name: "New recovery codes" }).click();
    await twoStep.getByLabel("Code", { exact: true }).fill(recoveryCodes[0] ?? "");
    await twoStep.getByRole("button", { name: "Make new codes" }).click();
    const codes = twoStep.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect.poll(() => codes.count()).toBe(10);
    const fresh = await codes.allTextContents();
    expect(fresh).not.toContain(recoveryCodes[1]);
    await twoStep.getByRole("button", { name: "I’ve saved them" }).click();

    // An old code is refused; a new one turns two-step verification off.
    await twoStep.getByRole("button", { name: "Turn off" }).click();
    await twoStep.getByLabel("Code", { exact: true }).fill(recoveryCodes[1] ?? "");
    await twoStep.getByRole("button", { name: "Turn off" }).click();
    await twoStep.getByRole("alert").filter({ hasText: "That code didn’t work" }).waitFor();
    await twoStep.getByLabel("Code", { exact: true }).fill(fresh[0] ?? "");
    await twoStep.getByRole("button", { name: "Turn off" }).click();
    await twoStep.getByText("Two-step verification is off.").waitFor();
    await expect.poll(() => twoStep.getByTestId("two-step-status").textContent()).toBe("Off");
    expect(buyer.errors).toEqual([]);
  });
});

describe("password and sessions", () => {
  let buyer: OpenedPage & { email: string };

  beforeAll(async () => {
    buyer = await newBuyerOnAccountPage(1280, "Sam Sessions");
  });
  afterAll(() => buyer?.context.close());

  it("says why a new password is refused, and changes it", async () => {
    const { page, email } = buyer;
    const password = card(page, "Password");
    const current = password.getByLabel("Current password");
    const next = password.getByLabel("New password");

    await current.fill("not my password");
    await next.fill("a different long phrase");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("That isn’t your current password.").waitFor();

    await current.fill(PASSWORD);
    await next.fill("password123"); // on every leaked-password list
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("This password appears in lists of leaked passwords").waitFor();

    await next.fill("short");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("Use at least 8 characters.").waitFor();

    await next.fill("velvet curtains at seven");
    await password.getByRole("button", { name: "Change password" }).click();
    await password.getByText("Password changed.").waitFor();
    expect(await outcomeOf(api.mutate("auth.login", { email, password: PASSWORD }))).toBe(
      "INVALID_CREDENTIALS",
    );
    // still signed in here, on the session the change handed back
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  });

  it("lists this device and another, signs the other out, then signs out everywhere", async () => {
    const { page, email } = buyer;
    await api.mutate("auth.login", { email, password: "velvet curtains at seven" }); // another device
    await page.reload();
    const sessions = card(page, "Where you’re signed in").getByTestId("session");
    await expect.poll(() => sessions.count()).toBe(2);
    const here = sessions.filter({ hasText: "This device" });
    expect(await here.textContent()).toMatch(/Chrome on Linux.*Active now/);

    await card(page, "Where you’re signed in")
      .getByRole("button", { name: "Sign out Unknown device" })
      .click();
    await expect.poll(() => sessions.count()).toBe(1);

    await card(page, "Where you’re signed in").getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL("**/sign-in");
    await page.goto("/account");
    await page.waitForURL("**/sign-in");
    expect(buyer.errors).toEqual([]);
  });
});

describe("privacy", () => {
  it("keeps marketing choices per channel", async () => {
    const { page, context, errors } = await newBuyerOnAccountPage(1280, "Nia Newsletter");
    const consent = card(page, "News and offers");
    const email = consent.getByRole("switch", { name: "Email" });
    const sms = consent.getByRole("switch", { name: "Text messages" });
    expect(await email.isChecked()).toBe(false);
    const saved = page.waitForResponse((response) => response.url().includes("account.setConsent"));
    await email.check();
    await saved;
    await expect.poll(() => email.isEnabled()).toBe(true);
    await page.reload();
    expect(await consent.getByRole("switch", { name: "Email" }).isChecked()).toBe(true);
    expect(await sms.isChecked()).toBe(false);
    await consent.getByText("Messages about your bookings").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("downloads everything held about the buyer as JSON", async () => {
    const { page, context, email, errors } = await newBuyerOnAccountPage(1280, "Dev Download");
    const file = await downloadedText(
      page,
      card(page, "Download your data").getByRole("button", { name: "Download my data" }),
    );
    expect(file.name).toMatch(/^marquee-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(file.text) as { format: string; sections: { profile: { email: string } } };
    expect(data.format).toBe("marquee-personal-data/1");
    expect(data.sections.profile.email).toBe(email);
    await card(page, "Download your data").getByText("Your data has been downloaded.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("deletes the account after the password, signs out, and the old sign-in no longer works", async () => {
    const { page, context, email, errors } = await newBuyerOnAccountPage(1280, "Eli Erase");
    await card(page, "Delete account").getByRole("button", { name: "Delete my account" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete your account?" });
    await dialog.getByText("Bookings, payments and refunds are kept").waitFor();

    await dialog.getByLabel("Your password").fill("not my password");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await dialog.getByText("That isn’t your password.").waitFor();

    await dialog.getByLabel("Your password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account has been deleted" }).waitFor();
    await page.getByRole("link", { name: "Sign in" }).waitFor(); // the header: signed out

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("alert").first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await outcomeOf(api.mutate("auth.login", { email, password: PASSWORD }))).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("cancelling some tickets of a booking", () => {
  it("cancels one of two tickets, showing the refund for that one before confirming", async () => {
    const { page, context, errors } = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
    await registerBuyer(page, "Tara Tickets");
    await page.goto("/");
    await page.getByRole("region", { name: "Now showing" }).getByTestId("event-card").first().click();
    await page.getByRole("list", { name: "Dates" }).getByRole("button").nth(1).click(); // tomorrow: refundable
    await page.getByTestId("showtime").first().click();
    await chooseSeatsAndContinue(page, 2);
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: /^Pay / }).click();
    await page.getByRole("heading", { name: "You’re going!" }).waitFor();
    const qrs = page.getByTestId("ticket-qr");
    await expect.poll(() => qrs.count()).toBe(2);
    const [keptQr, cancelledQr] = await Promise.all((await qrs.all()).map((qr) => readQrCode(qr)));

    // The whole booking first: both tickets chosen, and the refund for both.
    await page.getByRole("button", { name: "Cancel booking" }).click();
    let dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
    const boxes = dialog.getByRole("checkbox");
    expect(await boxes.count()).toBe(2);
    expect(await Promise.all((await boxes.all()).map((box) => box.isChecked()))).toEqual([true, true]);
    const refundForBoth = await refundIn(dialog);
    await dialog.getByRole("button", { name: "Keep booking" }).click();
    await dialog.waitFor({ state: "detached" });

    // Then just the second ticket, from its own button.
    await page
      .getByRole("button", { name: /^Cancel ticket: / })
      .nth(1)
      .click();
    dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
    expect(await Promise.all((await boxes.all()).map((box) => box.isChecked()))).toEqual([false, true]);
    const confirm = dialog.getByRole("button", { name: "Cancel 1 ticket" });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    const refundForOne = await refundIn(dialog);
    expect(refundForOne).toBeGreaterThan(0);
    expect(refundForOne).toBeLessThan(refundForBoth);
    await dialog.getByText("Your other ticket stays valid.").waitFor();
    expect(await look(page, "order-cancel-tickets-1280")).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await look(page, "order-cancel-tickets-360")).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await confirm.click();
    await dialog.waitFor({ state: "detached" });

    await page
      .getByText(/1 ticket cancelled\. We’re refunding .+ to your original payment method\./)
      .waitFor();
    await expect.poll(() => qrs.count()).toBe(1);
    await page.getByText("Partly refunded").first().waitFor();
    expect(await look(page, "order-partly-cancelled-1280", true)).toEqual([]);
    const refunded = page
      .getByText("Refunded", { exact: true })
      .first()
      .locator("xpath=following-sibling::p");
    expect(amountIn(await refunded.locator("[data-currency]").textContent())).toBe(refundForOne);

    // The venue still admits the kept ticket and refuses the cancelled one.
    const verify = (code: string | null | undefined) =>
      api.query<{ valid: boolean }>("tickets.verify", { code });
    expect((await verify(keptQr)).valid).toBe(true);
    expect((await verify(cancelledQr)).valid).toBe(false);

    // The booking and the refund arrive in the account's inbox, and can be marked read.
    await page.goto("/account#notifications");
    const inbox = card(page, "Notifications");
    const items = inbox.getByTestId("notification");
    // the refund's notice comes from a background job: look again until it is there
    for (let tries = 0; (await items.count()) < 2 && tries < 30; tries++) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await inbox
        .getByText(/Notifications/)
        .first()
        .waitFor();
    }
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    const unread = inbox.getByTestId("unread-count");
    await expect.poll(() => unread.textContent()).toBe(`${await items.count()} new`);
    expect(await look(page, "account-notifications-1280", true)).toEqual([]);
    await items
      .first()
      .getByRole("button", { name: /^Mark as read: / })
      .click();
    await expect.poll(() => unread.textContent()).toBe(`${(await items.count()) - 1} new`);
    await inbox.getByRole("button", { name: "Mark all as read" }).click();
    await unread.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Each account-page state people see, at a phone and a desktop width: looked at, and checked by axe. */
describe.each([360, 1280])("the account page at %i px", (width) => {
  let buyer: OpenedPage & { email: string };

  beforeAll(async () => {
    buyer = await newBuyerOnAccountPage(width, `Screens ${width}`);
  });
  afterAll(() => buyer?.context.close());

  const screen = (name: string, fullPage = true) => look(buyer.page, `${name}-${width}`, fullPage);

  it("as it opens", async () => {
    await card(buyer.page, "Where you’re signed in").getByTestId("session").first().waitFor();
    await card(buyer.page, "News and offers").getByRole("switch").first().waitFor();
    expect(await screen("account-page")).toEqual([]);
  });

  it("setting up two-step verification", async () => {
    const twoStep = card(buyer.page, "Two-step verification");
    await twoStep.getByRole("button", { name: "Turn on" }).click();
    await twoStep.getByTestId("otp-secret").waitFor();
    await twoStep.scrollIntoViewIfNeeded();
    expect(await screen("account-two-step", false)).toEqual([]);
    await twoStep.getByRole("button", { name: "Cancel", exact: true }).click();
  });

  it("confirming deletion", async () => {
    await card(buyer.page, "Delete account").getByRole("button", { name: "Delete my account" }).click();
    await buyer.page.getByRole("dialog", { name: "Delete your account?" }).waitFor();
    expect(await screen("account-delete", false)).toEqual([]);
    expect(buyer.errors).toEqual([]);
  });
});

/** The refund the cancel dialog quotes, once its quote is for the current choice. */
async function refundIn(dialog: Locator): Promise<number> {
  const quote = dialog.getByTestId("refund-quote");
  await expect.poll(() => quote.getAttribute("aria-busy")).toBe("false");
  return amountIn(await quote.locator("[data-currency]").textContent());
}

/** Money as shown ("₹1,234.50") to minor units, for comparing refunds. */
function amountIn(text: string | null): number {
  const digits = /(\d[\d,.]*)/.exec(text ?? "")?.[1] ?? "";
  return Math.round(Number(digits.replace(/,/g, "")) * 100);
}
