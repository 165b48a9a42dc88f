import { createSessionRenewal, type RenewalOutcome, sessionOver } from "./session-renewal.ts";
import type { Session, SessionStore } from "./session-store.ts";

/*
 * The desktop apps hold their own tokens (bearer mode): a cashier's session outlives its
 * 15-minute access token by renewing it with the refresh token, which the API rotates (a
 * refresh token works once), so renewals in this window are single-flight.
 */

export interface BearerSessionOptions {
  /** Holds the access and refresh tokens of whoever is signed in. */
  store: SessionStore;
  /** The session could not be renewed: the store is already empty; tell the person. */
  onEnded?: () => void;
}

export interface BearerSession {
  /** The Authorization header while someone is signed in. */
  headers(): Record<string, string>;
  generation(): string | null;
  renew(seen: string): Promise<RenewalOutcome>;
}

export function createBearerSession(
  { store, onEnded }: BearerSessionOptions,
  refresh: (refreshToken: string) => Promise<Session>,
): BearerSession {
  const generation = () => store.get()?.accessToken ?? null;
  const renewal = createSessionRenewal({
    generation,
    async refresh() {
      const refreshToken = store.get()?.refreshToken;
      if (!refreshToken) return false;
      try {
        store.set(await refresh(refreshToken));
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
    headers(): Record<string, string> {
      const token = store.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    generation,
    renew: renewal.renew,
  };
}
