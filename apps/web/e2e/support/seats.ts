import { chooseSeatsByKeyboard } from "@marquee/e2e-support/seat-map";
import type { Page } from "playwright-core";

/** The seat page's button that holds the chosen seats and goes on to checkout. */
export function continueButton(page: Page) {
  // the page has one in the side panel (desktop) and one in the bottom bar (phone)
  return page.getByRole("button", { name: "Continue", exact: true }).filter({ visible: true }).first();
}

export async function chooseSeatsAndContinue(page: Page, count: number): Promise<string[]> {
  const seats = await chooseSeatsByKeyboard(page, count);
  await continueButton(page).click();
  await page.waitForURL(/\/checkout\/[0-9a-f-]{36}/);
  return seats;
}
