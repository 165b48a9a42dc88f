/**
 * Installs the service worker that makes Marquee an installable app whose tickets open
 * offline. Production builds only: in development it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // the app works without it; only offline tickets and install are lost
    });
  });
}
