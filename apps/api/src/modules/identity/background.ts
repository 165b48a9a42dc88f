import type { Logger } from "../../logger.ts";

/*
 * Work that must not change how long an answer takes (emails for password reset and magic
 * links: whether one is sent would otherwise show in the timing). Started now, not awaited by
 * the request; failures are logged.
 */

const pending = new Set<Promise<void>>();

export function inBackground(log: Logger, label: string, task: () => Promise<unknown>): void {
  const running: Promise<void> = task()
    .then(() => undefined)
    .catch((err: unknown) => log.error({ err, task: label }, "background task failed"))
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Resolves when every background task started so far has finished (tests, shutdown). */
export async function backgroundSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
