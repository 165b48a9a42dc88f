import { createRealtimeClient, type RealtimeClient } from "@marquee/realtime";
import { bridge } from "./bridge.ts";
import { sessionStore } from "./session.ts";

let client: RealtimeClient | null = null;

/** The counter's one live-updates connection, opened as the signed-in cashier. */
export function counterRealtime(): RealtimeClient | null {
  if (typeof window === "undefined") return null;
  client ??= createRealtimeClient({
    url: bridge.getApiUrl() || window.location.origin,
    token: sessionStore.token,
  });
  return client;
}
