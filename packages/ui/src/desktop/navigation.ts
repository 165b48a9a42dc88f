import type { WebContents } from "electron";

/**
 * Whether a window may navigate to `target`: only to the app's own origin (the app:// scheme
 * in production, the Vite dev server in development). Compared by scheme and host, because
 * the WHATWG URL gives custom schemes an opaque "null" origin.
 */
export function isAllowedNavigation(target: string, appOrigin: string): boolean {
  let url: URL;
  let allowed: URL;
  try {
    url = new URL(target);
    allowed = new URL(appOrigin);
  } catch {
    return false;
  }
  return (
    url.protocol === allowed.protocol &&
    url.host === allowed.host &&
    url.username === "" &&
    url.password === ""
  );
}

/**
 * Keeps a window on the app: navigations and redirects elsewhere are cancelled, new windows
 * are never opened, and <webview> cannot be attached.
 */
export function guardNavigation(
  contents: WebContents,
  appOrigin: string,
  onBlocked: (url: string) => void = () => {},
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url, appOrigin)) return;
    event.preventDefault();
    onBlocked(url);
  };
  contents.on("will-frame-navigate", (details) => block(details, details.url));
  contents.on("will-redirect", (details) => block(details, details.url));
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked(url);
    return { action: "deny" };
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
}
