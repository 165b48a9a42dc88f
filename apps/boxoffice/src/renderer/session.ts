import type { UserRole } from "@marquee/contracts";
import { createApiClient, createSessionStore, useSession } from "@marquee/ui";
import { bridge } from "./bridge.ts";

/** Memory only: a shared counter must never reopen as the last cashier after a restart. */
export const sessionStore = createSessionStore();

let deviceKey: Promise<string | null> | null = null;
/** Forget the cached device key after pairing or unpairing. */
export function forgetDeviceKey() {
  deviceKey = null;
}

export const apiClient = createApiClient({
  url: bridge.getApiUrl(),
  // A shift outlives the 15-minute access token: it is renewed with the refresh token.
  bearerSession: { store: sessionStore },
  getDeviceKey: () => {
    deviceKey ??= bridge.getDeviceKey();
    return deviceKey;
  },
});

const counterRoles: readonly UserRole[] = ["cashier", "organizer", "admin"];

export function canWorkTheCounter(role: UserRole): boolean {
  return counterRoles.includes(role);
}

export function useCounterSession() {
  return useSession(sessionStore);
}
