import { useEffect, useRef } from "react";

/**
 * Runs an action once when the screen appears, even where React runs effects twice (strict
 * mode): for requests that must not be sent twice, like using a one-time link.
 */
export function useOnce(action: () => void) {
  const done = useRef(false);
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    latest.current();
  }, []);
}
