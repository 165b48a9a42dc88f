import type { Page } from "playwright-core";

/**
 * Drives the shared seat map (@marquee/seatmap) the way a keyboard user does: focus lands on a
 * free seat near the middle, Enter takes it, the right arrow moves along the row. Returns the
 * chosen seats' accessible names.
 */
export async function chooseSeatsByKeyboard(page: Page, count: number): Promise<string[]> {
  const grid = page.getByRole("grid", { name: /seat map/i });
  await grid.waitFor({ state: "attached" });
  await grid.locator('[role="gridcell"][tabindex="0"]').focus();
  const selected = grid.locator('[role="gridcell"][aria-selected="true"]');
  for (let moves = 0; (await selected.count()) < count; moves++) {
    if (moves > 0) await page.keyboard.press("ArrowRight");
    const current = page.locator(":focus");
    if ((await current.getAttribute("aria-disabled")) !== "true") await page.keyboard.press("Enter");
    if (moves > 30) throw new Error(`could not find ${count} free seats in a row`);
  }
  return Promise.all(
    (await selected.all()).map(async (cell) => (await cell.getAttribute("aria-label")) ?? ""),
  );
}
