/*
 * The storefront's one realtime connection. Seat maps use it through useLiveSeats
 * (@marquee/ui/live): deltas over the socket, the snapshot polled whenever it is not live.
 */
import { createRealtimeClient, type RealtimeClient } from "@marquee/realtime";
import { useLiveSeats as useSharedLiveSeats } from "@marquee/ui/live";
import { apiClient, sessionStore } from "../app/session.ts";

let client: RealtimeClient | null = null;

/**
 * The web's access token lives in an httpOnly cookie the socket never sees: a signed-in
 * person's socket opens with a socket token fetched for each (re)connect, which the API
 * refuses for anything else. Without one (signed out, or offline) the socket is anonymous,
 * which is all a seat map needs.
 */
async function socketToken(): Promise<string | null> {
  if (!sessionStore.get()) return null;
  try {
    return (await apiClient.auth.socketToken.mutate()).token;
  } catch {
    return null;
  }
}

/** One socket for the app, opened the first time a live map is wanted. */
function realtimeClient(): RealtimeClient | null {
  if (typeof window === "undefined") return null;
  client ??= createRealtimeClient({ url: window.location.origin, token: socketToken });
  return client;
}

/** The seat map of a show, live. */
export function useLiveSeats(showId: string) {
  return useSharedLiveSeats(showId, realtimeClient());
}
