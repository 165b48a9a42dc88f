// Marquee's service worker: the app shell and built assets for offline starts, and the
// buyer's bookings (tRPC GETs) network-first so tickets still open without a connection.
const SHELL_CACHE = "marquee-shell-v1";
const ASSETS_CACHE = "marquee-assets-v1";
const TICKETS_CACHE = "marquee-tickets"; // src/pwa/offline-tickets.ts clears it on sign-out
const SHELL = ["/", "/manifest.webmanifest", "/favicon.svg", "/icons/icon-192.png"];
const OFFLINE_READS = ["booking.myOrders", "booking.order", "catalog.cities", "auth.me"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  const keep = new Set([SHELL_CACHE, ASSETS_CACHE, TICKETS_CACHE]);
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => !keep.has(key)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, SHELL_CACHE, "/"));
  } else if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith("/trpc/")) {
    const procedures = url.pathname.slice("/trpc/".length).split(",");
    if (procedures.every((name) => OFFLINE_READS.includes(name))) {
      event.respondWith(networkFirst(request, TICKETS_CACHE));
    }
  }
});
