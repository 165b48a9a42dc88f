/*
 * Seat-map budget: a 5,000-seat map's first frame (< 300 ms) and frame times while panning
 * (60 fps) in headless Chromium. Prints figures; asserts nothing.
 *
 *   pnpm --filter @marquee/seatmap bench:seatmap
 */
import { cpus, loadavg } from "node:os";
import type { Page } from "playwright-core";
import { buildHarness, chromiumPath, launchChromium, serveHarness } from "../test/harness.ts";

interface Viewport {
  name: string;
  width: number;
  height: number;
  deviceScaleFactor: number;
  touch: boolean;
}

const viewports: Viewport[] = [
  { name: "desktop 1280×800", width: 1280, height: 800, deviceScaleFactor: 1, touch: false },
  { name: "phone 360×740 @2x", width: 360, height: 740, deviceScaleFactor: 2, touch: true },
];
const PAN_MS = 2000;
const WARM_UP_MS = 500;
const RUNS = 3;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
};

async function firstFrame(page: Page, url: string) {
  await page.goto(`${url}?hall=arena`);
  await page.waitForFunction(() => window.harness?.firstFrameAt !== null);
  return page.evaluate(() => {
    const [start] = performance.getEntriesByName("seatmap:start");
    const [first] = performance.getEntriesByName("seatmap:first-frame");
    const draw = window.harness.draws[0];
    return {
      seats: window.harness.map().seats.length,
      /** From the page's script starting (before React renders) to the first drawn frame. */
      renderToFrame: (first?.startTime ?? 0) - (start?.startTime ?? 0),
      /** From navigation start: includes loading and parsing the script. */
      navigationToFrame: first?.startTime ?? 0,
      drawMs: draw?.ms ?? 0,
    };
  });
}

/** Drags the map in a loop with real mouse input for `ms`. */
async function drag(page: Page, cx: number, cy: number, box: { width: number; height: number }, ms: number) {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 1; Date.now() - started < ms; step++) {
    const t = step / 20;
    await page.mouse.move(cx + Math.sin(t) * box.width * 0.25, cy + Math.cos(t * 0.7) * box.height * 0.2);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
}

/**
 * Drags the map for PAN_MS with real mouse input, recording every animation frame, after a
 * short unmeasured drag (the first moves also pay for compiling the drawing code).
 */
async function pan(page: Page, zoomSteps: number) {
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < zoomSteps; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await page.waitForTimeout(400); // let the zoom transition finish
  await drag(page, cx, cy, box, WARM_UP_MS);
  // A string, not a function: tsx would add helpers to a function that the page does not have.
  await page.evaluate(`
    window.harness.draws = [];
    window.frames_ = [];
    window.recording_ = true;
    const tick = (t) => {
      window.frames_.push(t);
      if (window.recording_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await drag(page, cx, cy, box, PAN_MS);
  const frames = await page.evaluate(() => {
    const recorder = window as unknown as { frames_: number[]; recording_: boolean };
    recorder.recording_ = false;
    return recorder.frames_;
  });
  const deltas = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  const draws = await page.evaluate(() => window.harness.draws.map((d) => d.ms));
  const seats = await page.evaluate(() => window.harness.draws.at(-1)?.seats ?? 0);
  return { deltas, draws, seats };
}

async function main() {
  console.log(`Building the harness page… (chromium: ${chromiumPath})`);
  await buildHarness();
  const server = await serveHarness();
  const browser = await launchChromium();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(`Chromium ${browser.version()}, ${cpus().length} CPU cores, load average ${load}\n`);
  try {
    for (const viewport of viewports) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor,
        hasTouch: viewport.touch,
      });
      const page = await context.newPage();
      const firsts = [];
      for (let run = 0; run < RUNS; run++) firsts.push(await firstFrame(page, server.url));
      const seats = firsts[0]?.seats ?? 0;
      const median = (pick: (f: (typeof firsts)[number]) => number) => percentile(firsts.map(pick), 0.5);
      console.log(`## ${viewport.name}: ${seats} seats`);
      console.log(
        `first frame (median of ${RUNS} loads): ${ms(median((f) => f.renderToFrame))} from script start to first frame ` +
          `(${ms(median((f) => f.navigationToFrame))} from navigation start; drawing it took ${ms(median((f) => f.drawMs))})`,
      );
      for (const [label, zoomSteps] of [
        ["pan, whole arena in view", 0],
        ["pan, zoomed in to seat level", 4],
      ] as const) {
        await firstFrame(page, server.url);
        const { deltas, draws, seats: onScreen } = await pan(page, zoomSteps);
        const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
        const long = deltas.filter((d) => d > 1000 / 60 + 4).length;
        console.log(
          `${label}: ${deltas.length} frames in ${ms(deltas.reduce((a, b) => a + b, 0))}, ` +
            `${(1000 / mean).toFixed(1)} fps mean, frame p50 ${ms(percentile(deltas, 0.5))}, ` +
            `p95 ${ms(percentile(deltas, 0.95))}, max ${ms(Math.max(...deltas))}, ${long} frames over 20.7 ms; ` +
            `draw per frame p50 ${ms(percentile(draws, 0.5))}, p95 ${ms(percentile(draws, 0.95))} (${onScreen} seats on screen)`,
        );
      }
      console.log("");
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
