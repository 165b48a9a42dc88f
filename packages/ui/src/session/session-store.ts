import type { AuthResult, UserRole } from "@marquee/contracts";
import { useSyncExternalStore } from "react";

/**
 * Who is signed in. Apps on bearer tokens keep the tokens here; the web keeps its tokens in
 * httpOnly cookies, so its sessions carry only the user and when the access token expires.
 */
export type Session = Omit<AuthResult, "accessToken"> & { accessToken?: string };

/** Who is signed in, kept in memory and, when given a storage key, in localStorage as well. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  /** Reads the stored session again (another tab may have changed it) and returns it. */
  reload(): Session | null;
  subscribe(listener: () => void): () => void;
  /** The access token for API calls, or null when signed out or when tokens live in cookies. */
  token(): string | null;
}

export interface SessionStoreOptions {
  /** Remember the session across reloads under this key; leave out to keep it in memory only. */
  storageKey?: string;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  /**
   * The API keeps the tokens in httpOnly cookies (web): drop any token handed to `set`, so
   * none ever reaches memory or storage, where a script could read it.
   */
  cookieSession?: boolean;
}

export function createSessionStore({
  storageKey,
  storage = globalThis.localStorage ?? null,
  cookieSession = false,
}: SessionStoreOptions = {}): SessionStore {
  const persistent = storageKey !== undefined && storage !== null;
  const listeners = new Set<() => void>();
  const keep = (session: Session | null) => (session && cookieSession ? withoutTokens(session) : session);
  let current = persistent ? restore() : null;

  function restore(): Session | null {
    const stored = persistent ? readStored(storage, storageKey) : null;
    // A session stored by an older version with its token in it: keep the user, drop the token.
    if (stored && cookieSession && (stored.accessToken || stored.refreshToken)) write(withoutTokens(stored));
    return keep(stored);
  }

  function write(session: Session | null) {
    if (!persistent) return;
    try {
      if (session) storage.setItem(storageKey, JSON.stringify(session));
      else storage.removeItem(storageKey);
    } catch {
      // storage full or blocked: the in-memory session still works for this tab
    }
  }

  function notify() {
    for (const listener of listeners) listener();
  }

  function reload(): Session | null {
    if (!persistent) return current;
    const stored = restore();
    if (JSON.stringify(stored) !== JSON.stringify(current)) {
      current = stored;
      notify();
    }
    return current;
  }

  // Signing in or out in one tab does the same in the others.
  if (persistent && typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key === storageKey || event.key === null) reload();
    });
  }

  return {
    get: () => current,
    token: () => current?.accessToken ?? null,
    reload,
    set(session) {
      current = keep(session);
      write(current);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function withoutTokens({ user, expiresAt }: Session): Session {
  return expiresAt ? { user, expiresAt } : { user };
}

function readStored(storage: Pick<Storage, "getItem">, key: string): Session | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (!looksLikeSession(value)) return null;
    // JSON keeps the expiry as text
    const { expiresAt, ...session } = value;
    const expiry = expiresAt ? new Date(expiresAt) : null;
    return expiry && !Number.isNaN(expiry.getTime()) ? { ...session, expiresAt: expiry } : session;
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
 * start-up in every app and zod would add ~30 kB gzipped to each entry bundle. The session
 * itself is checked by the API (auth.me) straight after.
 */
function looksLikeSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const { accessToken, user } = value as { accessToken?: unknown; user?: Record<string, unknown> };
  return (
    (accessToken === undefined || typeof accessToken === "string") &&
    typeof user === "object" &&
    user !== null &&
    typeof user.id === "string" &&
    typeof user.email === "string" &&
    typeof user.name === "string" &&
    roles.includes(user.role as UserRole)
  );
}
