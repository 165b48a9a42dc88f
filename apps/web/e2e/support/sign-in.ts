import { totp } from "@marquee/e2e-support/demo";
import type { BrowserContext, Page } from "playwright-core";

/** Fills and sends the password form, without waiting for where it leads (a second step may follow). */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs out from the account menu in the header. */
export async function signOutFromMenu(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: /^Account menu for/ });
  const signOut = page.getByRole("button", { name: "Sign out" });
  // A page still arriving takes focus when it shows, which closes an open menu: open it again.
  for (let attempt = 0; !(await signOut.isVisible()); attempt++) {
    if (attempt === 5) throw new Error("the account menu does not stay open");
    await menu.click();
    await signOut.waitFor({ timeout: 1000 }).catch(() => undefined);
  }
  const loggedOut = page.waitForResponse((response) => response.url().includes("auth.logout"));
  await signOut.click();
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
  await loggedOut;
}

/** What the browser keeps of the session: the API's cookies and the app's stored profile. */
export async function storedSession(context: BrowserContext, page: Page) {
  const cookies = await context.cookies();
  const cookie = (name: string) => cookies.find((one) => one.name === name);
  const profile = await page.evaluate(() => localStorage.getItem("marquee.session"));
  return { access: cookie("mq_access"), refresh: cookie("mq_refresh"), csrf: cookie("mq_csrf"), profile };
}

/**
 * An authenticator app's codes for `secret`. Each code signs in once (the API refuses a step
 * it already took) and is accepted one step early or late, so the next code is the next unused
 * step, waiting for the clock when that step is still too far ahead.
 */
export function authenticatorApp(secret: string) {
  let lastStep = -1;
  const stepAt = (ms: number) => Math.floor(ms / 30_000);
  return {
    async nextCode(): Promise<string> {
      let step = Math.max(stepAt(Date.now()), lastStep + 1);
      while (step > stepAt(Date.now()) + 1) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        step = Math.max(stepAt(Date.now()), lastStep + 1);
      }
      lastStep = step;
      return totp(secret, step * 30_000);
    },
  };
}
