/*
 * Where to go once signed in: back to the page that sent the person to sign in. Only paths on
 * this site count, so a crafted link cannot send someone elsewhere after signing in.
 */

export function isOwnPath(value: unknown): value is string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value);
}

/** The `from` a page put in the router state when it sent the person to sign in, else home. */
export function destinationOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return isOwnPath(from) ? from : "/";
}

const storageKey = "marquee.signIn.destination";

/** Keeps the destination through a trip to another site (a social sign-in provider and back). */
export function rememberDestination(path: string): void {
  try {
    sessionStorage.setItem(storageKey, path);
  } catch {
    // storage blocked: the person lands on the home page instead
  }
}

export function rememberedDestination(): string {
  try {
    const path = sessionStorage.getItem(storageKey);
    return isOwnPath(path) ? path : "/";
  } catch {
    return "/";
  }
}

export function forgetRememberedDestination(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // storage blocked: nothing was kept
  }
}
