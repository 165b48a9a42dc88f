import {
  browserLocks,
  createSessionRenewal,
  type Locks,
  type RenewalOutcome,
  sessionOver,
} from "./session-renewal.ts";
import type { Session, SessionStore } from "./session-store.ts";

/*
 * The web's session rides in cookies the API sets (apps/api/src/modules/identity/
 * session-cookies.ts): the tokens httpOnly, out of reach of scripts, and a readable CSRF
 * cookie whose value every request echoes in a header (signed double-submit).
 */
const SESSION_MODE_HEADER = "x-marquee-session";
const CSRF_HEADER = "x-csrf-token";
const CSRF_COOKIE = "mq_csrf";

export interface CookieSessionOptions {
  /** Who is signed in; made with `cookieSession: true`, so it holds no tokens. */
  store: SessionStore;
  /** The session could not be renewed: the store is already empty; tell the person. */
  onEnded?: () => void;
  /** Cross-tab lock for renewals; defaults to the browser's Web Locks API. */
  locks?: Locks | null;
}

export interface CookieSession {
  /** Headers for every request: cookie mode, and the CSRF token while there is one. */
  headers(): Record<string, string>;
  generation(): string | null;
  renew(seen: string): Promise<RenewalOutcome>;
}

export function cookieValue(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/**
 * `refresh` calls `auth.refresh` in cookie mode (the API reads the refresh cookie and sets
 * new ones). Every tab stores the renewed session, so the store's expiry is the mark by which
 * a tab sees that another one renewed first.
 */
export function createCookieSession(
  { store, onEnded, locks = browserLocks() }: CookieSessionOptions,
  refresh: () => Promise<Session>,
): CookieSession {
  const generation = () => {
    const session = store.reload();
    if (!session) return null;
    return session.expiresAt ? session.expiresAt.toISOString() : "signed-in";
  };
  const renewal = createSessionRenewal({
    generation,
    locks,
    async refresh() {
      try {
        store.set(await refresh());
        return true;
      } catch (error) {
        if (sessionOver(error)) return false;
        throw error;
      }
    },
    onEnded() {
      store.set(null);
      onEnded?.();
    },
  });
  return {
    headers() {
      const headers: Record<string, string> = { [SESSION_MODE_HEADER]: "cookie" };
      const csrf = typeof document === "undefined" ? null : cookieValue(document.cookie, CSRF_COOKIE);
      if (csrf) headers[CSRF_HEADER] = csrf;
      return headers;
    },
    generation,
    renew: renewal.renew,
  };
}
