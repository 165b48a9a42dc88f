import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createIdleTimer } from "./idle-timer.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createIdleTimer", () => {
  it("resets after the timeout with nobody touching the screen", () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle });
    timer.start();
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    expect(timer.running).toBe(false);
  });

  it("counts again from every touch", () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle });
    timer.start();
    vi.advanceTimersByTime(50_000);
    timer.activity();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it("warns before resetting, and a touch after the warning still saves the session", () => {
    const onWarn = vi.fn();
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, warnBeforeMs: 10_000, onWarn, onIdle });
    timer.start();
    vi.advanceTimersByTime(50_000);
    expect(onWarn).toHaveBeenCalledOnce();
    timer.activity();
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    expect(onWarn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it("does nothing once stopped, and ignores activity while stopped", () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 1_000, onIdle });
    timer.start();
    timer.stop();
    timer.activity();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("fires once, not again, after going idle", () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 1_000, onIdle });
    timer.start();
    vi.advanceTimersByTime(1_000);
    timer.activity();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it("rejects a warning that would come before the start", () => {
    expect(() => createIdleTimer({ timeoutMs: 1_000, warnBeforeMs: 1_000, onIdle: () => {} })).toThrow(
      RangeError,
    );
  });
});
