import type { AuthResult, UserRole } from "@marquee/contracts";
import { useSyncExternalStore } from "react";

export type Session = AuthResult;

/** Who is signed in, kept in memory and, when given a storage key, in localStorage as well. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  subscribe(listener: () => void): () => void;
  /** The access token for API calls, or null when signed out. */
  token(): string | null;
}

export interface SessionStoreOptions {
  /** Remember the session across reloads under this key; leave out to keep it in memory only. */
  storageKey?: string;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
}

export function createSessionStore({
  storageKey,
  storage = globalThis.localStorage ?? null,
}: SessionStoreOptions = {}): SessionStore {
  const persistent = storageKey !== undefined && storage !== null;
  const listeners = new Set<() => void>();
  let current = persistent ? restore(storage, storageKey) : null;

  function notify() {
    for (const listener of listeners) listener();
  }

  // Signing out in one tab signs out the others.
  if (persistent && typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key !== storageKey) return;
      current = restore(storage, storageKey);
      notify();
    });
  }

  return {
    get: () => current,
    token: () => current?.accessToken ?? null,
    set(session) {
      current = session;
      if (persistent) {
        try {
          if (session) storage.setItem(storageKey, JSON.stringify(session));
          else storage.removeItem(storageKey);
        } catch {
          // storage full or blocked: the in-memory session still works for this tab
        }
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function restore(storage: Pick<Storage, "getItem">, key: string): Session | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return looksLikeSession(value) ? value : null;
  } catch {
    return null;
  }
}

export function useSession(store: SessionStore): Session | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

const roles: readonly UserRole[] = ["buyer", "organizer", "cashier", "admin"];

/**
 * A structural check of what we stored ourselves. Not the zod schema on purpose: this runs at
 * start-up in every app and zod would add ~30 kB gzipped to each entry bundle. The token itself
 * is checked by the API (auth.me) straight after.
 */
function looksLikeSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const { accessToken, user } = value as { accessToken?: unknown; user?: Record<string, unknown> };
  return (
    typeof accessToken === "string" &&
    typeof user === "object" &&
    user !== null &&
    typeof user.id === "string" &&
    typeof user.email === "string" &&
    typeof user.name === "string" &&
    roles.includes(user.role as UserRole)
  );
}
