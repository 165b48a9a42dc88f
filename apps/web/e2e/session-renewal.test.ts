import type { RunningApi } from "@marquee/e2e-support/api-server";
import { seriousViolations } from "@marquee/e2e-support/axe";
import { type City, type OpenedPage, openPage, registerBuyer } from "@marquee/e2e-support/browser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedSession, submitPassword } from "./support/sign-in.ts";
import { openStorefront, type Storefront, screenshots } from "./support/storefront.ts";

/*
 * A web session outlives its access token: with a one-minute token, the storefront renews the
 * session when the token expires (once, however many tabs notice at the same moment: a
 * refresh token presented twice would end the session) and carries on; a session that cannot
 * be renewed signs the person out cleanly and the sign-in page brings them back.
 */

const PASSWORD = "a long enough passphrase"; // what registerBuyer signs up with

let storefront: Storefront;
let api: RunningApi;
let browser: Browser;
let mumbai: City;

beforeAll(async () => {
  storefront = await openStorefront({
    snapshot: true,
    env: { ACCESS_TOKEN_MINUTES: "1", RATE_LIMITS: "off" },
  });
  ({ api, browser, mumbai } = storefront);
});
afterAll(() => storefront?.stop());

/** Every `auth.refresh` any tab of the context sends. */
function countRefreshes(context: BrowserContext) {
  const sent: string[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname.split(/[/,]/).includes("auth.refresh")) sent.push(request.url());
  });
  return sent;
}

async function showsOwnBookings(page: Page) {
  await page.getByRole("heading", { name: "My bookings", level: 1 }).waitFor();
  await page.getByText("No bookings yet").waitFor(); // the signed-in list came back (empty)
  expect(new URL(page.url()).pathname).toBe("/bookings");
}

describe("a web session", () => {
  let buyer: OpenedPage & { email: string };
  let refreshes: string[];

  beforeAll(async () => {
    const opened = await openPage(browser, api.baseUrl, { width: 1280, city: mumbai });
    buyer = { ...opened, email: await registerBuyer(opened.page, "Tara Twotabs") };
    refreshes = countRefreshes(opened.context);
  });
  afterAll(() => buyer?.context.close());

  it("is renewed once when two tabs find the access token expired at the same moment", async () => {
    const { page, context } = buyer;
    expect(await page.evaluate(() => "locks" in navigator)).toBe(true);
    const before = await storedSession(context, page);
    expect(before.access?.expires).toBeLessThan(Date.now() / 1000 + 61); // the one-minute token's cookie

    const second = await context.newPage();
    await second.goto("/");
    await second.getByRole("button", { name: /^Account menu for/ }).waitFor();

    // Past the access token's minute: its cookie is gone, the refresh cookie is not.
    await page.waitForTimeout(Math.max(0, ((before.access?.expires ?? 0) + 1) * 1000 - Date.now()));
    const expired = await storedSession(context, page);
    expect(expired.access).toBeUndefined();
    expect(expired.refresh?.value).toBe(before.refresh?.value);

    // Both open tabs move on at the same moment, each to a page that needs the session. A slow
    // network holds the first renewal back, so the other tab surely finds the token expired too.
    await context.route("**/trpc/auth.refresh*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const myBookings = (tab: Page) =>
      tab.getByRole("banner").getByRole("link", { name: "My bookings" }).first();
    await Promise.all([myBookings(page).click(), myBookings(second).click()]);
    await Promise.all([showsOwnBookings(page), showsOwnBookings(second)]);
    await context.unrouteAll();
    expect(refreshes).toHaveLength(1);

    // The session carries on with rotated tokens, in both tabs.
    const after = await storedSession(context, page);
    expect(after.access).toBeDefined();
    expect(after.refresh?.value).not.toBe(before.refresh?.value);
    await second.reload();
    await showsOwnBookings(second);
    expect(refreshes).toHaveLength(1);
    await second.close();
    expect(buyer.errors).toEqual([]);
  });

  it("ends cleanly when it cannot be renewed, and signing in again returns to the same page", async () => {
    const { page, context, email } = buyer;
    // Signed out everywhere from another device: this browser's tokens no longer work.
    const elsewhere = await api.mutate<{ accessToken: string }>("auth.login", { email, password: PASSWORD });
    await api.mutate("auth.logoutEverywhere", undefined, elsewhere.accessToken);
    const renewalsBefore = refreshes.length;

    await page.goto("/bookings");
    await page.waitForURL("**/sign-in");
    await page.getByText("Your session has ended").waitFor();
    expect(refreshes.length - renewalsBefore).toBe(1); // asked once, refused, no retry loop
    expect((await storedSession(context, page)).profile).toBeNull();

    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width < 500 ? 780 : 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${screenshots}auth-session-ended-${width}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }

    await submitPassword(page, email, PASSWORD);
    await showsOwnBookings(page);
    await expect(page.getByText("Your session has ended").count()).resolves.toBe(0);
    expect(buyer.errors).toEqual([]);
  });
});
