import { useEffect, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/** Copies text to the clipboard and says how it went for a couple of seconds. */
export function useCopy() {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const reset = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(reset);
  }, [state]);
  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed"); // no permission, or not a secure context
    }
  }
  return { state, copy };
}
