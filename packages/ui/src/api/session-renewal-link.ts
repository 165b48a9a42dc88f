import { isTRPCClientError, type TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable, type Unsubscribable } from "@trpc/server/observable";
import type { RenewalOutcome } from "../session/session-renewal.ts";
import { errorCodeOf } from "./errors.ts";

export interface RenewableSession {
  /** The session's mark when a request goes out; null when signed out (nothing to renew). */
  generation(): string | null;
  renew(seen: string): Promise<RenewalOutcome>;
}

/** Procedures that must never wait for a renewal: renewal itself calls `auth.refresh`. */
const unrenewable = new Set(["auth.refresh", "auth.logout"]);

/**
 * A call refused with UNAUTHENTICATED while signed in (the access token expired) renews the
 * session and is sent once more. The refusal comes from the access gate, before the
 * procedure ran, so the second send cannot do anything twice. A session that cannot be
 * renewed passes the refusal on.
 */
export function sessionRenewalLink<TRouter extends AnyRouter>(session: RenewableSession): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const seen = unrenewable.has(op.path) ? null : session.generation();
        let subscription: Unsubscribable | null = null;
        let stopped = false;

        const send = (retry: boolean) => {
          subscription = next(op).subscribe({
            next: (result) => observer.next(result),
            complete: () => observer.complete(),
            error: (error) => {
              if (retry || seen === null || errorCodeOf(error) !== "UNAUTHENTICATED") {
                observer.error(error);
                return;
              }
              session.renew(seen).then(
                (outcome) => {
                  if (stopped) return;
                  if (outcome === "renewed") send(true);
                  else observer.error(error);
                },
                // The API could not be asked (offline): say that, not that the session ended.
                (renewError: unknown) => {
                  if (stopped) return;
                  observer.error(
                    isTRPCClientError(renewError) ? (renewError as TRPCClientError<TRouter>) : error,
                  );
                },
              );
            },
          });
        };

        send(false);
        return () => {
          stopped = true;
          subscription?.unsubscribe();
        };
      });
}
