import { type RunningApi, startApi } from "@marquee/e2e-support/api-server";
import { launchBrowser, type OpenedPage, openPage, signIn } from "@marquee/e2e-support/browser";
import { readQrCode } from "@marquee/e2e-support/qr";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseSeatsAndContinue } from "./support/seats.ts";

let api: RunningApi;
let browser: Browser;
let buyer: OpenedPage;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  buyer = await openPage(browser, api.baseUrl, { width: 1280 });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe("a buyer's whole journey", () => {
  let orderPath = "";
  let qrCodes: string[] = [];

  it("picks a city, signs in and opens an event from the home page", async () => {
    const { page } = buyer;
    await page.goto("/");
    await page.waitForURL("**/city");
    await page.getByRole("button", { name: /Mumbai/ }).click();
    await page.getByRole("heading", { level: 1, name: /Mumbai/ }).waitFor();

    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill("buyer@marquee.test");
    await page.getByLabel("Password", { exact: true }).fill("marquee-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Now showing" }).waitFor();

    await page.getByRole("region", { name: "Now showing" }).getByTestId("event-card").first().click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}\//);
    await page.getByRole("heading", { name: "Showtimes" }).waitFor();
  });

  it("chooses a show and two seats, and reaches checkout with a running hold", async () => {
    const { page } = buyer;
    // Tomorrow: far enough ahead that sales are open and cancelling still refunds
    await page.getByRole("list", { name: "Dates" }).getByRole("button").nth(1).click();
    await page.getByTestId("showtime").first().click();
    await page.waitForURL(/\/shows\/[0-9a-f-]{36}\/seats/);
    await chooseSeatsAndContinue(page, 2);
    await page.waitForURL(/\/checkout\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId("hold-countdown").textContent()).toMatch(/^\d+:\d\d$/);
    await expect.poll(() => page.getByRole("list", { name: "Seats" }).getByRole("listitem").count()).toBe(2);
  });

  it("recovers from a declined card with the seats still held, then pays", async () => {
    const { page } = buyer;
    const card = page.getByLabel("Card number");
    await card.fill("4000 0000 0000 0002");
    await page.getByRole("button", { name: /^Pay / }).click();
    await page.getByRole("alert").filter({ hasText: "Payment didn’t go through" }).waitFor();
    expect(page.url()).toMatch(/\/checkout\//);

    await card.fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: /^Pay / }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}/);
    await page.getByRole("heading", { name: "You’re going!" }).waitFor();
    orderPath = new URL(page.url()).pathname;
  });

  it("shows QR codes on screen that decode to tickets the venue accepts", async () => {
    const { page } = buyer;
    const codes = page.getByTestId("ticket-qr");
    await expect.poll(() => codes.count()).toBe(2);
    qrCodes = [];
    for (const code of await codes.all()) {
      const text = await readQrCode(code);
      expect(text).toBeTruthy();
      qrCodes.push(text ?? "");
    }
    expect(new Set(qrCodes).size).toBe(2);
    for (const qr of qrCodes) {
      const verification = await api.query<{ valid: boolean; reason: string }>("tickets.verify", {
        code: qr,
      });
      expect(verification).toMatchObject({ valid: true, reason: "ok" });
    }
  });

  it("finds the booking under My bookings and cancels it, seeing the refund first", async () => {
    const { page, errors } = buyer;
    await page.getByRole("link", { name: "My bookings" }).first().click();
    await page.getByRole("heading", { name: "Upcoming" }).waitFor();
    const booking = page.getByTestId("booking").first();
    await booking.click();
    await page.waitForURL(`**${orderPath}`);

    await page.getByRole("button", { name: "Cancel booking" }).click();
    const dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
    await dialog.getByTestId("refund-quote").waitFor();
    expect(await dialog.getByTestId("refund-quote").textContent()).toMatch(/You’ll get back.*\d/);
    await dialog.getByRole("button", { name: "Cancel booking" }).click();
    await dialog.waitFor({ state: "detached" });
    // the tickets are void: no QR codes left on screen, and the venue refuses them
    await expect.poll(() => page.getByTestId("ticket-qr").count()).toBe(0);
    await page
      .getByText(/^(Cancelled|Refunded|Partly refunded)$/)
      .first()
      .waitFor();

    for (const qr of qrCodes) {
      const verification = await api.query<{ valid: boolean }>("tickets.verify", { code: qr });
      expect(verification.valid).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it("is an installable app whose bookings still open offline", async () => {
    const manifest = (await (await fetch(`${api.baseUrl}/manifest.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ start_url: "/", display: "standalone" });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

    const context = await browser.newContext({ baseURL: api.baseUrl, serviceWorkers: "allow" });
    try {
      const page = await context.newPage();
      await page.goto("/city");
      await page.getByRole("button", { name: /Mumbai/ }).click();
      await signIn(page, "buyer@marquee.test", "marquee-demo");
      await page.goto("/bookings");
      await page.getByTestId("booking").first().waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload(); // now under the service worker, which keeps what it serves
      const code = await page.getByTestId("booking").first().locator(".font-mono").textContent();
      expect(code).toBeTruthy();

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId("booking").first().waitFor();
      expect(await page.getByTestId("booking").first().locator(".font-mono").textContent()).toBe(code);
    } finally {
      await context.close();
    }
  });
});
