import { type Session, useTRPC } from "@marquee/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { clearSessionEndedNotice, forgetPendingSignOut, sessionStore } from "../app/session.ts";
import { destinationOf } from "./destination.ts";

export interface SignInCompletion {
  /** Keep the new session (the API has set its cookies) and go back to where the person was. */
  complete(session: Session): void;
  /** Keep the session but stay here (recovery codes to save first). */
  keep(session: Session): void;
  /** Go back to where the person was. */
  goOn(): void;
}

/** After signing in or registering, however it happened. */
export function useCompleteSignIn(destination?: string): SignInCompletion {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const target = destination ?? destinationOf(location.state);

  const keep = (session: Session) => {
    sessionStore.set(session);
    forgetPendingSignOut();
    clearSessionEndedNotice();
    queryClient.setQueryData(trpc.auth.me.queryKey(), session.user);
  };
  const goOn = () => navigate(target, { replace: true });
  return {
    keep,
    goOn,
    complete(session) {
      keep(session);
      goOn();
    },
  };
}
