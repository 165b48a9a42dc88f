import { useCallback } from "react";
import { useNavigate } from "react-router";
import { signOut } from "../app/session.ts";

/**
 * Signing out from a menu or the account page: home first, then the session ends. (The other
 * way round, a page that needs a session would see it end and send the person to sign in.)
 */
export function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  return useCallback(async () => {
    navigate("/");
    await signOut();
  }, [navigate]);
}
