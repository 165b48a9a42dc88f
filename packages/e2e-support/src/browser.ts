import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; playwright cannot download browsers on these machines (TOOLCHAIN.md). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface City {
  id: string;
  name: string;
  slug: string;
  country: string;
  lat: number;
  lng: number;
  timeZone: string;
  currency: string;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /**
   * Console errors and uncaught exceptions. The browser's own "Failed to load resource" lines
   * are left out: they log every non-2xx answer, including the API's expected ones (a declined
   * card is a 402) and missing poster art (the app draws posters instead).
   */
  errors: string[];
}

/**
 * A fresh browser profile at a phone or desktop width (or any viewport, e.g. a portrait kiosk
 * screen), optionally with a city already chosen.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number; city?: City } = {},
): Promise<OpenedPage> {
  const width = options.width ?? 1280;
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height: options.height ?? (width < 500 ? 780 : 900) },
    locale: "en-US",
    timezoneId: "Europe/Berlin", // not the venue's zone: times must still read in the venue's
    serviceWorkers: "block",
  });
  if (options.city) {
    await context.addInitScript(
      (city) => localStorage.setItem("marquee.city", JSON.stringify(city)),
      options.city,
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (text.startsWith("Failed to load resource")) return;
    errors.push(text);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, context, errors };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

let buyers = 0;

/** Registers a new buyer through the form and returns their email. */
export async function registerBuyer(page: Page, name: string): Promise<string> {
  const email = `buyer-${Date.now().toString(36)}-${++buyers}@example.com`;
  await page.goto("/register");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/register"));
  return email;
}
