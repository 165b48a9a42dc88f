import { useEffect, useState } from "react";

/**
 * The current time, re-rendering on each boundary of `stepMs` (a minute by default) so a
 * clock turns over when the real one does rather than up to a minute late.
 */
export function useNow(stepMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const wait = stepMs - (Date.now() % stepMs) + 20;
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [stepMs]);
  return now;
}
