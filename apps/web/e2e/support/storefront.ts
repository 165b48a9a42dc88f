import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningApi, startApi } from "@marquee/e2e-support/api-server";
import { type City, launchBrowser } from "@marquee/e2e-support/browser";
import type { Browser } from "playwright-core";
import { snapshotWebBuild } from "./web-snapshot.ts";

/** Screenshots written for people to look at (gitignored). */
export const screenshots = fileURLToPath(new URL("../screenshots/", import.meta.url));

export interface Storefront {
  api: RunningApi;
  browser: Browser;
  /** The demo catalog's Mumbai, where the buyers of these tests shop. */
  mumbai: City;
  /** Closes the browser and the API, and removes the web snapshot. */
  stop(): Promise<void>;
}

/**
 * A real API serving the storefront, and a browser, opened together for one test file. With
 * `snapshot`, the API serves a private copy of the web build (see web-snapshot.ts), for files
 * whose API runs with settings of its own (`env`) for the whole file.
 */
export async function openStorefront(
  options: { env?: Record<string, string>; snapshot?: boolean } = {},
): Promise<Storefront> {
  mkdirSync(screenshots, { recursive: true });
  const web = options.snapshot ? await snapshotWebBuild() : null;
  const [api, browser] = await Promise.all([
    startApi({ ...(web ? { staticDir: web.dir } : {}), ...(options.env ? { env: options.env } : {}) }),
    launchBrowser(),
  ]);
  const cities = await api.query<City[]>("catalog.cities", undefined);
  const mumbai = cities.find((city) => city.name === "Mumbai") ?? (cities[0] as City);
  return {
    api,
    browser,
    mumbai,
    async stop() {
      await browser.close();
      await api.stop();
      web?.remove();
    },
  };
}
