/** Kept in step with public/sw.js: the cache that lets bookings and tickets open offline. */
export const ticketsCache = "marquee-tickets";

/** Signing out must not leave this account's tickets readable on a shared device. */
export async function forgetOfflineTickets(): Promise<void> {
  try {
    await globalThis.caches?.delete(ticketsCache);
  } catch {
    // no Cache Storage (old browser, private mode): nothing was kept
  }
}
