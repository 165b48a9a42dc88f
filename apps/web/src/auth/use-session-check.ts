import { errorCodeOf, useTRPC } from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { sessionStore, useWebSession } from "../app/session.ts";
import { forgetOfflineTickets } from "../pwa/offline-tickets.ts";

/**
 * A remembered session is checked with the API once per visit: an expired or revoked token
 * signs the buyer out instead of failing later in the middle of a booking.
 */
export function useSessionCheck() {
  const session = useWebSession();
  const trpc = useTRPC();
  const me = useQuery(
    trpc.auth.me.queryOptions(undefined, { enabled: session !== null, staleTime: 5 * 60_000 }),
  );

  useEffect(() => {
    if (me.error && errorCodeOf(me.error) === "UNAUTHENTICATED") {
      sessionStore.set(null);
      void forgetOfflineTickets();
    }
  }, [me.error]);

  useEffect(() => {
    const current = sessionStore.get();
    if (me.data && current && JSON.stringify(me.data) !== JSON.stringify(current.user)) {
      sessionStore.set({ ...current, user: me.data });
    }
  }, [me.data]);
}
