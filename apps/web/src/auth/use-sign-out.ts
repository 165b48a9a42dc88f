import { useCallback } from "react";
import { useNavigate } from "react-router";
import { signOut } from "../app/session.ts";

/**
 * Signing out from a menu or the account page: home first, then the session ends. The other
 * way round, a page that needs a session would see it end and send the person to sign in.
 * The home page loads lazily, so the session ends only once the router has arrived there:
 * ending it while home is still loading would let the page being left redirect to sign-in
 * and win over the navigation home.
 */
export function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  return useCallback(async () => {
    await navigate("/");
    await signOut();
  }, [navigate]);
}
