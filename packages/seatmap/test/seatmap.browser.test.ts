/*
 * The seat map in real Chromium (the harness page, bench/): keyboard-only selection, pointer
 * selection, limits, live changes and axe. Skipped where no Chromium is installed.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHarness, hasChromium, launchChromium, serveHarness } from "./harness.ts";

describe.skipIf(!hasChromium())("the seat map in a browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveHarness>>;

  beforeAll(async () => {
    await buildHarness();
    server = await serveHarness();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(hall: "cinema" | "arena", width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.on("close", () => void context.close());
    await page.goto(`${server.url}?hall=${hall}`);
    await page.waitForFunction(() => window.harness?.firstFrameAt !== null);
    return page;
  }

  const focusedName = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  const selectedCount = (page: Page) => page.evaluate(() => window.harness.selected.length);

  it("chooses seats with the keyboard alone", async () => {
    const page = await open("cinema");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("gridcell");
    const start = await focusedName(page);
    expect(start).toMatch(/^(Classic|Recliners), Row [A-M] seat \d+, (Regular|Recliner), ₹[\d,.]+, /);

    // Arrow keys move between seats: right along the row, down to the row behind.
    await page.keyboard.press("ArrowRight");
    const right = await focusedName(page);
    expect(right).not.toBe(start);
    await page.keyboard.press("ArrowDown");
    const [, rowBefore] = /Row (\w)/.exec(right) ?? [];
    const [, rowAfter] = /Row (\w)/.exec(await focusedName(page)) ?? [];
    expect(rowAfter).not.toBe(rowBefore);

    // Walk to the next free seat and choose it with Enter, then a second with Space.
    for (const key of ["Enter", " "]) {
      for (let i = 0; i < 30 && !(await focusedName(page)).endsWith("available"); i++)
        await page.keyboard.press("ArrowRight");
      await page.keyboard.press(key);
      expect(await focusedName(page)).toMatch(/selected$/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-selected"))).toBe("true");
      await page.keyboard.press("ArrowRight");
    }
    expect(await selectedCount(page)).toBe(2);

    // Back to the last chosen seat: Enter lets it go again.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    expect(await selectedCount(page)).toBe(1);

    // + zooms in, 0 shows the whole hall again.
    await page.keyboard.press("+");
    await expect.poll(() => page.getByRole("button", { name: "Show whole hall" }).isEnabled()).toBe(true);
    await page.keyboard.press("0");
    await expect.poll(() => page.getByRole("button", { name: "Show whole hall" }).isDisabled()).toBe(true);
    await page.close();
  });

  it("does not choose a taken seat, or more than the limit", async () => {
    const page = await open("cinema");
    const ids = await page.evaluate(() => {
      const seats = window.harness.map().seats;
      return {
        taken: seats.find((s) => s.status === "sold")?.id ?? "",
        free: seats.filter((s) => s.status === "available").map((s) => s.id),
      };
    });
    const click = async (id: string) => {
      const at = await page.evaluate((seatId) => window.harness.handle()?.seatPosition(seatId), id);
      if (!at) throw new Error("seat not drawn");
      await page.mouse.click(at.x, at.y);
    };
    await click(ids.taken);
    expect(await selectedCount(page)).toBe(0);
    for (const id of ids.free.slice(0, 11)) await click(id);
    expect(await selectedCount(page)).toBe(10);
    const rejected = await page.evaluate(() => window.harness.rejected);
    expect(rejected.map((r) => r.split(":")[1])).toEqual(["unavailable", "limit"]);
    await page.close();
  });

  it("animates seats that change live, and asks for a snapshot after a missed version", async () => {
    const page = await open("arena");
    const outcome = await page.evaluate(() => {
      const map = window.harness.map();
      const free = map.seats.filter((s) => s.status === "available").slice(0, 5);
      window.harness.draws = [];
      return window.harness.applyDelta({
        showId: map.showId,
        version: map.version + 1,
        changes: free.map((s) => ({ seatId: s.id, status: "sold" as const })),
      });
    });
    expect(outcome).toBe("applied");
    // The ring fades over several frames, not a single redraw.
    await expect.poll(() => page.evaluate(() => window.harness.draws.length)).toBeGreaterThan(5);
    const gap = await page.evaluate(() => {
      const map = window.harness.map();
      return window.harness.applyDelta({ showId: map.showId, version: map.version + 5, changes: [] });
    });
    expect(gap).toBe("gap");
    await page.close();
  });

  it("has no serious or critical axe violations, at rest or while focused", async () => {
    for (const [hall, width] of [
      ["cinema", 1280],
      ["arena", 360],
    ] as const) {
      const page = await open(hall, width, 760);
      const serious = async () =>
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(await serious()).toEqual([]);
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowDown");
      expect(await serious()).toEqual([]);
      await page.close();
    }
  });
});
