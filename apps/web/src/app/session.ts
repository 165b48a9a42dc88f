import { createApiClient, createSessionStore, useSession } from "@marquee/ui";
import { useSyncExternalStore } from "react";

/*
 * The web's session lives in the API's httpOnly cookies, out of reach of scripts. This store
 * keeps only who is signed in (and when the access token expires), so the UI can say so and
 * other tabs follow along; an expired access token is renewed by the API client.
 */
export const sessionStore = createSessionStore({ storageKey: "marquee.session", cookieSession: true });

/** Set when the session ended on its own (it could not be renewed), for the sign-in page to say so. */
const endedNotice = createFlag();

/** The API is always on our own origin: the API serves this app, and `vite dev` proxies /trpc. */
export const apiClient = createApiClient({
  url: "",
  cookieSession: { store: sessionStore, onEnded: endedNotice.raise },
});

export function useWebSession() {
  return useSession(sessionStore);
}

/** Whether the last session ended by itself (expired or revoked) rather than by signing out. */
export function useSessionEndedNotice(): boolean {
  return useSyncExternalStore(endedNotice.subscribe, endedNotice.get, endedNotice.get);
}

export const clearSessionEndedNotice = () => endedNotice.lower();

const pendingSignOutKey = "marquee.signOutPending";

/**
 * Ends this session at the API (which clears its cookies), then here. Offline, the session
 * is forgotten here at once and ended at the API the next time the app can reach it.
 */
export async function signOut(): Promise<void> {
  endedNotice.lower();
  try {
    await apiClient.auth.logout.mutate({});
    forgetPendingSignOut();
  } catch {
    rememberPendingSignOut();
  }
  sessionStore.set(null);
}

/** Ends every session of this account, on every device, then this one. */
export async function signOutEverywhere(): Promise<void> {
  await apiClient.auth.logoutEverywhere.mutate();
  await signOut();
}

/** A sign-in (of anyone) supersedes a sign-out still owed to the API. */
export function forgetPendingSignOut() {
  try {
    localStorage.removeItem(pendingSignOutKey);
  } catch {
    // storage blocked: nothing was remembered either
  }
}

function rememberPendingSignOut() {
  try {
    localStorage.setItem(pendingSignOutKey, "1");
  } catch {
    // storage blocked: the cookies expire with the session
  }
}

function finishPendingSignOut() {
  let pending = false;
  try {
    pending = localStorage.getItem(pendingSignOutKey) !== null;
  } catch {
    return;
  }
  if (!pending || sessionStore.get()) return;
  apiClient.auth.logout.mutate({}).then(forgetPendingSignOut, () => undefined);
}

if (typeof window !== "undefined") {
  finishPendingSignOut();
  window.addEventListener("online", finishPendingSignOut);
}

function createFlag() {
  let raised = false;
  const listeners = new Set<() => void>();
  const set = (value: boolean) => {
    if (raised === value) return;
    raised = value;
    for (const listener of listeners) listener();
  };
  return {
    get: () => raised,
    raise: () => set(true),
    lower: () => set(false),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
