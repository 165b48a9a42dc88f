import { type Session, useTRPC } from "@marquee/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { sessionStore } from "../app/session.ts";

/** After signing in or registering: keep the session and go back to where the buyer was. */
export function useCompleteSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const destination = typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";

  return (session: Session) => {
    sessionStore.set(session);
    queryClient.setQueryData(trpc.auth.me.queryKey(), session.user);
    navigate(destination, { replace: true });
  };
}
