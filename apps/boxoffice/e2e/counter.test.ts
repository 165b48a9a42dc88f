import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningApi, startApi } from "@marquee/e2e-support/api-server";
import { seriousViolations } from "@marquee/e2e-support/axe";
import { launchBrowser, type OpenedPage, openPage } from "@marquee/e2e-support/browser";
import { demoPassword, demoTwoStepEnv, organizerToken } from "@marquee/e2e-support/demo";
import { chooseSeatsByKeyboard } from "@marquee/e2e-support/seat-map";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderer } from "./support/build-renderer.ts";

/** Written for people to look at; gitignored. */
const screenshots = fileURLToPath(new URL("./screenshots/", import.meta.url));
const cashier = "cashier@marquee.test";
const pin = "482913";

let api: RunningApi;
let browser: Browser;
let organizer: string;
let venueId: string;
let counter: OpenedPage;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [api, browser] = await Promise.all([
    startApi({ staticDir: renderer.dist, env: demoTwoStepEnv }),
    launchBrowser(),
  ]);
  organizer = await organizerToken(api);
  const [venue] = await api.database.sql<{ id: string }[]>`
    select id from venues where slug = 'marquee-cinemas-lower-parel'`;
  venueId = venue!.id;
  counter = await openPage(browser, api.baseUrl, { width: 1280 });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

function createPairingCode(kind: "boxoffice" | "kiosk" = "boxoffice") {
  return api.mutate<{ code: string }>("devices.createPairingCode", { venueId, kind }, organizer);
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe("a new box office terminal", () => {
  it("asks to be paired, and says so plainly when the code is wrong", async () => {
    const { page } = counter;
    await page.goto("/");
    await page.getByRole("heading", { name: "Pair this terminal" }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}boxoffice-pair-1280.png`, fullPage: true });

    await page.getByLabel("Pairing code").fill("abcd efgh");
    expect(await page.getByLabel("Pairing code").inputValue()).toBe("ABCD-EFGH");
    await page.getByRole("button", { name: "Pair terminal" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/wrong, already used or expired/);
    await page.screenshot({ path: `${screenshots}boxoffice-pair-error-1280.png`, fullPage: true });
  });

  it("pairs with an organizer's one-time code and shows which venue and terminal it now is", async () => {
    const { page } = counter;
    const { code } = await createPairingCode();
    await page.getByLabel("Pairing code").fill(code.toLowerCase().replace("-", " "));
    await page.getByLabel("Terminal name").fill("Counter 7");
    await page.getByRole("button", { name: "Pair terminal" }).click();

    await page.getByRole("heading", { name: "Sign in to the counter" }).waitFor();
    const main = page.getByRole("main");
    await main.getByText("Marquee Cinemas Lower Parel").waitFor();
    await main.getByText("Terminal: Counter 7").waitFor();
    await page.getByText("Terminal paired").waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}boxoffice-sign-in-1280.png`, fullPage: true });

    // the code is spent: nobody can pair a second terminal with it
    await expect(api.mutate("devices.pair", { code, name: "Again" })).rejects.toThrow(/PAIRING_CODE_INVALID/);
  });

  it("lets a cashier choose a PIN with their password, then sign in with it on the keypad", async () => {
    const { page } = counter;
    await page.getByRole("button", { name: "Set your PIN" }).click();
    await page.getByRole("heading", { name: "Set your PIN" }).waitFor();
    await page.getByLabel("Email").fill(cashier);
    await page.getByLabel("Password", { exact: true }).fill(demoPassword);
    await page.getByLabel("New PIN").fill(pin);
    await page.getByLabel("Repeat the PIN").fill(pin);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}boxoffice-set-pin-1280.png`, fullPage: true });
    await page.getByRole("button", { name: "Save PIN" }).click();
    await page.getByText("Your PIN is saved").waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe(cashier);

    // a wrong PIN is refused without saying which half was wrong
    for (const digit of "111111") await page.getByRole("button", { name: digit, exact: true }).click();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/email and PIN don’t match/);

    for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).click();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "New sale" }).waitFor();
    // a cashier cannot take the counter out of service
    expect(await page.getByRole("button", { name: "Unpair terminal" }).count()).toBe(0);
  });

  it("sells two seats for cash, and the seats show sold", async () => {
    const { page, errors } = counter;
    const sale = page.getByRole("region", { name: "New sale" });
    await sale.locator("li button:enabled").first().click();
    const chosen = await chooseSeatsByKeyboard(page, 2);
    await page.screenshot({ path: `${screenshots}boxoffice-seats-1280.png`, fullPage: true });
    await page.getByRole("button", { name: "Hold seats and take payment" }).click();

    // the first cash sale of a shift opens the drawer
    await page.getByLabel("Opening float (INR)").fill("2000");
    await page.getByRole("button", { name: "Open drawer" }).click();
    const received = page.getByLabel("Cash received (INR)");
    await received.waitFor();
    await page.getByRole("group", { name: "Common amounts" }).getByRole("button").nth(1).click();
    expect(await received.inputValue()).toMatch(/^\d+\.00$/);
    await page.screenshot({ path: `${screenshots}boxoffice-payment-1280.png`, fullPage: true });
    await page.getByRole("button", { name: "Take cash and complete sale" }).click();

    await page.getByRole("heading", { name: "Sale complete" }).waitFor();
    await page.getByText("Give change").waitFor();
    await page.getByRole("heading", { name: "2 tickets" }).waitFor();
    await page.screenshot({ path: `${screenshots}boxoffice-sale-done-1280.png`, fullPage: true });

    await page.getByRole("button", { name: "Sell more for this show" }).click();
    const grid = page.getByRole("grid", { name: /seat map/i });
    await grid.waitFor({ state: "attached" });
    await grid.locator('[role="gridcell"][tabindex="0"]').focus();
    for (const seat of chosen) {
      const position =
        seat
          .split(",")
          .find((part) => /Row \S+ seat \d+/.test(part))
          ?.trim() ?? seat;
      const cell = grid.locator(`[role="gridcell"][aria-label*="${position},"]`);
      await expect.poll(() => cell.getAttribute("aria-label")).toMatch(/, sold$/);
    }

    // A seat taken online shows as taken at the counter within a second, without a reload.
    const [sold] = await api.database.sql<{ showId: string }[]>`
      select show_id as "showId" from orders where terminal_id is not null order by created_at desc limit 1`;
    // In the row just sold from, so it is in the section the map shows.
    const soldRow = /Row (\S+) seat/.exec(chosen[0] ?? "")?.[1] ?? "";
    const [free] = await api.database.sql<{ seatId: string; row: string; number: number }[]>`
      select ss.seat_id as "seatId", s.row_label as row, s.number from show_seats ss
      join seats s on s.id = ss.seat_id
      where ss.show_id = ${sold!.showId} and s.row_label = ${soldRow} and ss.status = 'available'
      order by s.number limit 1`;
    const buyer = await api.mutate<{ accessToken: string }>("auth.login", {
      email: "buyer@marquee.test",
      password: demoPassword,
    });
    const freeCell = grid.locator(`[role="gridcell"][aria-label*="Row ${free!.row} seat ${free!.number},"]`);
    expect(await freeCell.getAttribute("aria-label")).toMatch(/, available$/);
    await api.mutate("inventory.hold", { showId: sold!.showId, seatIds: [free!.seatId] }, buyer.accessToken);
    await expect
      .poll(() => freeCell.getAttribute("aria-label"), { timeout: 1_500, interval: 50 })
      .toMatch(/, on hold$/);

    // the counter in German, where words run long
    await page.getByLabel("Language").selectOption("de");
    await page.getByRole("heading", { name: "Neuer Verkauf" }).waitFor();
    await page.screenshot({ path: `${screenshots}boxoffice-seats-de-1280.png`, fullPage: true });
    await page.getByLabel("Sprache").selectOption("en");
    await page.getByRole("heading", { name: "New sale" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("a revoked terminal", () => {
  it("says it was unpaired and can be paired again", async () => {
    const { page } = counter;
    const terminals = await api.query<{ id: string; name: string; revokedAt: string | null }[]>(
      "devices.list",
      { venueId },
      organizer,
    );
    const ours = terminals.find((terminal) => terminal.name === "Counter 7");
    await api.mutate("devices.revoke", { terminalId: ours!.id }, organizer);

    await page.reload();
    await page.getByRole("heading", { name: "This terminal was unpaired" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Pair again" }).click();
    await page.getByRole("heading", { name: "Pair this terminal" }).waitFor();
  });

  it("pairs and signs in at phone width too", async () => {
    const phone = await openPage(browser, api.baseUrl, { width: 360 });
    await phone.page.goto("/");
    await phone.page.getByRole("heading", { name: "Pair this terminal" }).waitFor();
    await phone.page.screenshot({ path: `${screenshots}boxoffice-pair-360.png`, fullPage: true });
    const { code } = await createPairingCode();
    await phone.page.getByLabel("Pairing code").fill(code);
    await phone.page.getByRole("button", { name: "Pair terminal" }).click();
    await phone.page.getByRole("heading", { name: "Sign in to the counter" }).waitFor();
    await expectAccessible(phone.page);
    await phone.page.screenshot({ path: `${screenshots}boxoffice-sign-in-360.png`, fullPage: true });
    await phone.context.close();
  });
});
