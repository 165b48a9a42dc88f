export interface IdleTimerOptions {
  /** How long without a touch before the kiosk resets. */
  timeoutMs: number;
  /** How long before the reset to warn ("Still there?"); 0 for no warning. */
  warnBeforeMs?: number;
  onWarn?: () => void;
  onIdle: () => void;
  timers?: {
    setTimeout: (callback: () => void, ms: number) => unknown;
    clearTimeout: (handle: unknown) => void;
  };
}

export interface IdleTimer {
  /** Starts (or restarts) counting from now. */
  start(): void;
  /** Someone touched the screen: count again from now. Ignored while stopped. */
  activity(): void;
  stop(): void;
  readonly running: boolean;
}

/** Counts inactivity on a public screen and calls back when the next customer should get a fresh start. */
export function createIdleTimer({
  timeoutMs,
  warnBeforeMs = 0,
  onWarn,
  onIdle,
  timers = {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
}: IdleTimerOptions): IdleTimer {
  if (timeoutMs <= 0 || warnBeforeMs < 0 || warnBeforeMs >= timeoutMs) {
    throw new RangeError("An idle timer needs 0 <= warnBeforeMs < timeoutMs.");
  }
  let warnHandle: unknown = null;
  let idleHandle: unknown = null;
  let running = false;

  const clear = () => {
    if (warnHandle !== null) timers.clearTimeout(warnHandle);
    if (idleHandle !== null) timers.clearTimeout(idleHandle);
    warnHandle = idleHandle = null;
  };

  const arm = () => {
    clear();
    if (warnBeforeMs > 0 && onWarn) warnHandle = timers.setTimeout(onWarn, timeoutMs - warnBeforeMs);
    idleHandle = timers.setTimeout(() => {
      running = false;
      clear();
      onIdle();
    }, timeoutMs);
  };

  return {
    start() {
      running = true;
      arm();
    },
    activity() {
      if (running) arm();
    },
    stop() {
      running = false;
      clear();
    },
    get running() {
      return running;
    },
  };
}
