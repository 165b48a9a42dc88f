import { useEffect, useRef, useState } from "react";
import { createIdleTimer } from "./idle-timer.ts";

const activityEvents = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/**
 * While `active`, calls `onIdle` after `timeoutMs` without a touch, key or scroll, and reports
 * `warning` for the last `warnBeforeMs` so the screen can ask "Still there?".
 */
export function useIdleReset({
  active,
  timeoutMs,
  warnBeforeMs,
  onIdle,
}: {
  active: boolean;
  timeoutMs: number;
  warnBeforeMs: number;
  onIdle: () => void;
}) {
  const [warning, setWarning] = useState(false);
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!active) {
      setWarning(false);
      return;
    }
    const timer = createIdleTimer({
      timeoutMs,
      warnBeforeMs,
      onWarn: () => setWarning(true),
      onIdle: () => {
        setWarning(false);
        onIdleRef.current();
      },
    });
    const onActivity = () => {
      setWarning(false);
      timer.activity();
    };
    for (const type of activityEvents)
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    timer.start();
    return () => {
      timer.stop();
      for (const type of activityEvents) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [active, timeoutMs, warnBeforeMs]);

  return { warning };
}
