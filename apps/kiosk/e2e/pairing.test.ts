import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningApi, startApi } from "@marquee/e2e-support/api-server";
import { seriousViolations } from "@marquee/e2e-support/axe";
import { launchBrowser, type OpenedPage, openPage } from "@marquee/e2e-support/browser";
import { demoTwoStepEnv, organizerToken } from "@marquee/e2e-support/demo";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderer } from "./support/build-renderer.ts";

/** Written for people to look at; gitignored. */
const screenshots = fileURLToPath(new URL("./screenshots/", import.meta.url));
/** The kiosk's screen: a 1080 × 1920 portrait touch display (src/main/window.ts). */
const portrait = { width: 1080, height: 1920 };

let api: RunningApi;
let browser: Browser;
let organizer: string;
let venueId: string;
let kiosk: OpenedPage;

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
  kiosk = await openPage(browser, api.baseUrl, portrait);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Taps a code in on the kiosk's own keypad, as staff do on a screen without a keyboard. */
async function tapCode(page: Page, code: string) {
  const keypad = page.getByRole("group", { name: "Code keypad" });
  for (const character of code.replace("-", "")) {
    await keypad.getByRole("button", { name: character, exact: true }).click();
  }
}

describe("a new kiosk", () => {
  it("asks to be paired and refuses a wrong code", async () => {
    const { page } = kiosk;
    await page.goto("/");
    await page.getByRole("heading", { name: "Pair this kiosk" }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}kiosk-pair-portrait.png` });

    await tapCode(page, "ABCD-EFGH");
    expect(await page.getByLabel("Pairing code").inputValue()).toBe("ABCD-EFGH");
    await page.getByRole("button", { name: "Pair this kiosk" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/wrong, already used or expired/);
    for (let erased = 0; erased < 8; erased++) {
      await page.getByRole("button", { name: "Delete last character" }).click();
    }
    expect(await page.getByLabel("Pairing code").inputValue()).toBe("");
  });

  it("pairs with an organizer's code, shows its venue, then opens its start screen", async () => {
    const { page, errors } = kiosk;
    const { code } = await api.mutate<{ code: string }>(
      "devices.createPairingCode",
      { venueId, kind: "kiosk" },
      organizer,
    );
    await tapCode(page, code);
    await page.getByLabel("Kiosk name").fill("Foyer kiosk");
    await page.getByRole("button", { name: "Pair this kiosk" }).click();

    await page.getByRole("heading", { name: "This kiosk is ready" }).waitFor();
    await page.getByText("Marquee Cinemas Lower Parel").waitFor();
    await page.getByText("Kiosk: Foyer kiosk").waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshots}kiosk-paired-portrait.png` });

    await page.getByRole("button", { name: "Open to customers" }).click();
    await page.getByRole("button", { name: /Tap to buy tickets/ }).waitFor();
    await page.screenshot({ path: `${screenshots}kiosk-start-portrait.png` });

    // it stays paired across a restart, straight to the start screen
    await page.reload();
    await page.getByRole("button", { name: /Tap to buy tickets/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("goes out of service when an organizer revokes it, without offering to pair again", async () => {
    const { page } = kiosk;
    const terminals = await api.query<{ id: string; name: string; kind: string }[]>(
      "devices.list",
      { venueId },
      organizer,
    );
    const ours = terminals.find((terminal) => terminal.name === "Foyer kiosk");
    expect(ours?.kind).toBe("kiosk");
    await api.mutate("devices.revoke", { terminalId: ours!.id }, organizer);

    await page.reload();
    await page.getByRole("heading", { name: "This kiosk is out of service" }).waitFor();
    expect(await page.getByLabel("Pairing code").count()).toBe(0);
    await expectAccessible(page);
  });

  it("fits a phone-sized screen too", async () => {
    const phone = await openPage(browser, api.baseUrl, { width: 360 });
    await phone.page.goto("/");
    await phone.page.getByRole("heading", { name: "Pair this kiosk" }).waitFor();
    await expectAccessible(phone.page);
    await phone.page.screenshot({ path: `${screenshots}kiosk-pair-360.png`, fullPage: true });
    await phone.context.close();
  });
});
