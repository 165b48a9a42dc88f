import { errorCodeOf, useTRPC } from "@marquee/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { sessionStore, useWebSession } from "../app/session.ts";
import { forgetOfflineTickets } from "../pwa/offline-tickets.ts";

/**
 * A remembered session is checked with the API once per visit (renewing it if its access
 * token expired meanwhile): a session that has ended signs the person out here instead of
 * failing later in the middle of a booking. However a session ends (signing out in this tab
 * or another, or the API refusing to renew it), nothing of the account stays cached.
 */
export function useSessionCheck() {
  const session = useWebSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(
    trpc.auth.me.queryOptions(undefined, { enabled: session !== null, staleTime: 5 * 60_000 }),
  );

  useEffect(() => {
    if (me.error && errorCodeOf(me.error) === "UNAUTHENTICATED") sessionStore.set(null);
  }, [me.error]);

  useEffect(() => {
    const current = sessionStore.get();
    if (me.data && current && JSON.stringify(me.data) !== JSON.stringify(current.user)) {
      sessionStore.set({ ...current, user: me.data });
    }
  }, [me.data]);

  const signedInAs = useRef(session?.user.id ?? null);
  useEffect(() => {
    const now = session?.user.id ?? null;
    const before = signedInAs.current;
    signedInAs.current = now;
    if (before !== null && before !== now) {
      queryClient.clear();
      void forgetOfflineTickets();
    }
  }, [session, queryClient]);
}
