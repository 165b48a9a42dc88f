import { errorCodeOf } from "../api/errors.ts";

/*
 * Renewing a cookie session when its access token has expired. A refresh token works once:
 * the API revokes the whole session when one is presented twice. So two tabs (or two calls
 * in one tab) must never refresh at the same moment with the same token: renewals take an
 * exclusive lock shared by every tab (the Web Locks API), and once holding it a tab first
 * checks whether another tab renewed since its own request went out.
 */

export type RenewalOutcome = "renewed" | "ended";

/** What the API answers when the session itself is over (not when it could not be reached). */
export const sessionOver = (error: unknown) => {
  const code = errorCodeOf(error);
  return code === "SESSION_INVALID" || code === "UNAUTHENTICATED";
};

/** The part of the Web Locks API (`navigator.locks`) used here. */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface SessionRenewalOptions {
  /**
   * Asks the API for new tokens (and stores the result): true when renewed, false when the
   * API said the session is over. Throws when the API could not be asked (offline), which
   * ends nothing.
   */
  refresh: () => Promise<boolean>;
  /**
   * A mark of the session as every tab sees it now (read from shared storage, not memory):
   * it changes whenever any tab renews, and is null once signed out.
   */
  generation: () => string | null;
  /** Called once when the API refuses to renew: the session is over. */
  onEnded?: () => void;
  /** `navigator.locks` where the browser has it; without it, renewals are single-flight in this tab only. */
  locks?: Locks | null;
  lockName?: string;
}

export interface SessionRenewal {
  /**
   * Renews the session that had generation `seen` when the refused request was sent. Calls
   * made while a renewal runs share it.
   */
  renew(seen: string): Promise<RenewalOutcome>;
}

export function createSessionRenewal({
  refresh,
  generation,
  onEnded,
  locks = null,
  lockName = "marquee-session-renewal",
}: SessionRenewalOptions): SessionRenewal {
  let inFlight: Promise<RenewalOutcome> | null = null;

  async function renewUnderLock(seen: string): Promise<RenewalOutcome> {
    const now = generation();
    // Signed out meanwhile (here or in another tab): nothing to renew.
    if (now === null) return "ended";
    // Another tab renewed while we waited for the lock (or since our request went out).
    if (now !== seen) return "renewed";
    if (await refresh()) return "renewed";
    onEnded?.();
    return "ended";
  }

  return {
    renew(seen) {
      if (!inFlight) {
        const run = () => renewUnderLock(seen);
        inFlight = (locks ? locks.request(lockName, run) : run()).finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
  };
}

/** The browser's Web Locks API, when this page may use it (secure contexts only). */
export function browserLocks(): Locks | null {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return null;
  return { request: (name, callback) => locks.request(name, () => callback()) };
}
