import type { RunningApi } from "@marquee/e2e-support/api-server";
import { type City, type OpenedPage, openPage, registerBuyer } from "@marquee/e2e-support/browser";
import { chooseSeatsByKeyboard } from "@marquee/e2e-support/seat-map";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { continueButton } from "./support/seats.ts";
import { openStorefront, type Storefront } from "./support/storefront.ts";

let storefront: Storefront;
let api: RunningApi;
let browser: Browser;
let mumbai: City;
let showId: string;

interface EventList {
  items: { id: string; kind: string }[];
}
interface EventDetail {
  venues: { dates: { date: string; shows: { id: string; status: string; availability: string }[] }[] }[];
}

/** A film showing tomorrow or later in Mumbai, on sale. */
async function findShow(): Promise<string> {
  const list = await api.query<EventList>("catalog.events", { cityId: mumbai.id, kind: "movie", limit: 5 });
  for (const event of list.items) {
    const detail = await api.query<EventDetail>("catalog.event", { eventId: event.id, cityId: mumbai.id });
    const shows = detail.venues.flatMap((venue) => venue.dates.slice(1).flatMap((date) => date.shows));
    const show = shows.find(
      (candidate) => candidate.status === "on_sale" && candidate.availability !== "sold_out",
    );
    if (show) return show.id;
  }
  throw new Error("no bookable show in the demo catalog");
}

beforeAll(async () => {
  storefront = await openStorefront();
  ({ api, browser, mumbai } = storefront);
  showId = await findShow();
});
afterAll(() => storefront?.stop());

/** "Row F seat 12" out of "Stalls, Row F seat 12, Gold, ₹450, available". */
const seatName = (label: string) => /Row \S+ seat \d+/.exec(label)?.[0] ?? label;

describe("the seat map", () => {
  let first: OpenedPage;
  let second: OpenedPage;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      openPage(browser, api.baseUrl, { width: 1280, city: mumbai }),
      openPage(browser, api.baseUrl, { width: 1280, city: mumbai }),
    ]);
    await Promise.all([registerBuyer(first.page, "First Buyer"), registerBuyer(second.page, "Second Buyer")]);
  });

  it("is driven by keyboard alone: tab in, move with arrows, choose with Enter, tab on to continue", async () => {
    const { page } = first;
    await page.goto(`/shows/${showId}/seats`);
    const grid = page.getByRole("grid", { name: /seat map/i });
    await grid.waitFor({ state: "attached" });
    await page.locator("body").focus();
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute("role") === "gridcell"))) {
      await page.keyboard.press("Tab");
      if (++tabs > 60) throw new Error("Tab never reached the seat map");
    }
    const start = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    await page.keyboard.press("ArrowLeft");
    const moved = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(seatName(moved)).not.toBe(seatName(start));
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toBe(start);

    const chosen = await chooseSeatsByKeyboard(page, 2);
    expect(chosen).toHaveLength(2);
    for (const label of chosen) expect(label).toMatch(/^.*Row \S+ seat \d+.*selected$/);

    await page.keyboard.press("Tab");
    for (let i = 0; i < 40; i++) {
      const focusedName = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      if (focusedName === "Continue") break;
      await page.keyboard.press("Tab");
    }
    expect(await continueButton(page).evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it("shows seats taken in one browser as unavailable in another within a second, without a reload", async () => {
    await second.page.goto(`/shows/${showId}/seats`);
    const secondGrid = second.page.getByRole("grid", { name: /seat map/i });
    await secondGrid.waitFor({ state: "attached" });
    const chosen = (
      await first.page
        .locator('[role="gridcell"][aria-selected="true"]')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("aria-label") ?? ""))
    ).map(seatName);
    expect(chosen).toHaveLength(2);

    // the second buyer looks at the same row; its seats are free for now
    await secondGrid.locator('[role="gridcell"][tabindex="0"]').focus();
    const cellFor = (name: string) =>
      secondGrid.locator(
        `[role="gridcell"][aria-label^="${name},"], [role="gridcell"][aria-label*=", ${name},"]`,
      );
    for (const name of chosen) expect(await cellFor(name).getAttribute("aria-disabled")).toBeNull();
    const navigations = await second.page.evaluate(() => performance.getEntriesByType("navigation").length);

    const held = first.page.waitForResponse((response) => response.url().includes("inventory.hold"));
    await continueButton(first.page).press("Enter");
    await held;
    const heldAt = Date.now();
    for (const name of chosen) {
      await cellFor(name)
        .and(second.page.locator('[aria-disabled="true"]'))
        .waitFor({
          state: "attached",
          timeout: Math.max(50, 1_000 - (Date.now() - heldAt)),
        });
    }
    expect(Date.now() - heldAt).toBeLessThanOrEqual(1_000);
    expect(await second.page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(
      navigations,
    );
    await first.page.waitForURL(/\/checkout\//);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
