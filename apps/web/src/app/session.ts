import { createApiClient, createSessionStore, useSession } from "@marquee/ui";

/** For now the access token is kept in memory and in localStorage, so a reload stays signed in. */
export const sessionStore = createSessionStore({ storageKey: "marquee.session" });

/** The API is always on our own origin: the API serves this app, and `vite dev` proxies /trpc. */
export const apiClient = createApiClient({ url: "", getToken: sessionStore.token });

export function useWebSession() {
  return useSession(sessionStore);
}
