import type { RunningApi } from "@marquee/e2e-support/api-server";
import { type AxeFinding, seriousViolations } from "@marquee/e2e-support/axe";
import { type City, openPage, registerBuyer } from "@marquee/e2e-support/browser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseSeatsAndContinue } from "./support/seats.ts";
import { openStorefront, type Storefront, screenshots } from "./support/storefront.ts";

let storefront: Storefront;
let api: RunningApi;
let browser: Browser;
let mumbai: City;

beforeAll(async () => {
  storefront = await openStorefront();
  ({ api, browser, mumbai } = storefront);
});
afterAll(() => storefront?.stop());

/** Each screen of the booking path at a phone and a desktop width: looked at, and checked by axe. */
describe.each([360, 1280])("every screen at %i px", (width) => {
  let page: Page;
  let errors: string[];
  const findings: Record<string, AxeFinding[]> = {};

  async function screen(name: string, { fullPage = true } = {}) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(150); // let entrance transitions settle
    await page.screenshot({ path: `${screenshots}${name}-${width}.png`, fullPage });
    findings[name] = await seriousViolations(page);
  }

  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, api.baseUrl, { width, city: mumbai }));
    await registerBuyer(page, `Screens ${width}`);
  });

  afterAll(() => page?.context().close());

  it("home", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Now showing" }).waitFor();
    await screen("home");
    expect(findings.home).toEqual([]);
  });

  it("search, with typo-tolerant results", async () => {
    await page.goto("/search?q=orbt%20of%20glas");
    await page.getByText(/1 event for/).waitFor();
    await screen("search");
    expect(findings.search).toEqual([]);
  });

  it("event", async () => {
    await page.getByTestId("event-card").first().click();
    await page.getByRole("heading", { name: "Showtimes" }).waitFor();
    await screen("event");
    expect(findings.event).toEqual([]);
  });

  it("seat selection", async () => {
    await page.getByRole("list", { name: "Dates" }).getByRole("button").nth(1).click();
    await page.getByTestId("showtime").first().click();
    await page.getByRole("grid", { name: /seat map/i }).waitFor({ state: "attached" });
    await screen("seats");
    expect(findings.seats).toEqual([]);
  });

  it("checkout", async () => {
    await chooseSeatsAndContinue(page, 2);
    await page.getByTestId("order-total").waitFor();
    await screen("checkout");
    expect(findings.checkout).toEqual([]);
  });

  it("the card issuer's confirmation step", async () => {
    await page.getByLabel("Card number").fill("4000 0025 0000 3155");
    await page.getByRole("button", { name: /^Pay / }).click();
    await page.getByRole("dialog", { name: "Confirm this payment" }).waitFor();
    await screen("card-confirm", { fullPage: false }); // a modal: what is on screen is the point
    expect(findings["card-confirm"]).toEqual([]);
  });

  it("confirmation", async () => {
    await page
      .getByRole("dialog", { name: "Confirm this payment" })
      .getByRole("button", { name: "Approve" })
      .click();
    await page.getByRole("heading", { name: "You’re going!" }).waitFor();
    await page.getByTestId("ticket-qr").first().waitFor();
    await screen("confirmation");
    expect(findings.confirmation).toEqual([]);
  });

  it("my bookings and account", async () => {
    await page.goto("/bookings");
    await page.getByTestId("booking").first().waitFor();
    await screen("bookings");
    await page.goto("/account");
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await screen("account");
    expect([...(findings.bookings ?? []), ...(findings.account ?? [])]).toEqual([]);
    expect(errors).toEqual([]);
  });
});
