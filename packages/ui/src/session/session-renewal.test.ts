import { describe, expect, it, vi } from "vitest";
import { createSessionRenewal, type Locks } from "./session-renewal.ts";

/** One exclusive lock per name, granted in request order: what navigator.locks does across tabs. */
function sharedLocks(): Locks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(callback, callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

/**
 * What every tab sees: the API's rotating refresh token (presenting a replaced one revokes the
 * session, as the API does) and the stored session's mark.
 */
function sharedBrowser() {
  let refreshToken = 1;
  let generation: string | null = "g1";
  let revoked = false;
  let refreshes = 0;
  return {
    locks: sharedLocks(),
    generation: () => generation,
    signOut: () => {
      generation = null;
    },
    get refreshes() {
      return refreshes;
    },
    get revoked() {
      return revoked;
    },
    /** One tab's `auth.refresh`: reads the cookie, waits for the network, rotates. */
    async refresh(): Promise<boolean> {
      refreshes++;
      const presented = refreshToken;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (revoked || presented !== refreshToken) {
        revoked = true;
        return false;
      }
      refreshToken++;
      generation = `g${refreshToken}`;
      return true;
    },
  };
}

function tab(browser: ReturnType<typeof sharedBrowser>, options: { locks?: Locks | null } = {}) {
  const onEnded = vi.fn();
  const renewal = createSessionRenewal({
    refresh: () => browser.refresh(),
    generation: browser.generation,
    onEnded,
    locks: options.locks === undefined ? browser.locks : options.locks,
  });
  return { renewal, onEnded };
}

describe("session renewal", () => {
  it("shares one refresh among the calls of a tab that fail together", async () => {
    const browser = sharedBrowser();
    const { renewal } = tab(browser);
    const outcomes = await Promise.all([renewal.renew("g1"), renewal.renew("g1"), renewal.renew("g1")]);
    expect(outcomes).toEqual(["renewed", "renewed", "renewed"]);
    expect(browser.refreshes).toBe(1);
  });

  it("refreshes once across tabs: the tab that waited sees the other one renewed", async () => {
    const browser = sharedBrowser();
    const [first, second] = [tab(browser), tab(browser)];
    const outcomes = await Promise.all([first.renewal.renew("g1"), second.renewal.renew("g1")]);
    expect(outcomes).toEqual(["renewed", "renewed"]);
    expect(browser.refreshes).toBe(1);
    expect(browser.revoked).toBe(false);
  });

  it("without the lock, two tabs would present the same refresh token and lose the session", async () => {
    const browser = sharedBrowser();
    const [first, second] = [tab(browser, { locks: null }), tab(browser, { locks: null })];
    const outcomes = await Promise.all([first.renewal.renew("g1"), second.renewal.renew("g1")]);
    expect(outcomes).toContain("ended");
    expect(browser.revoked).toBe(true);
  });

  it("does not refresh for a request sent before a renewal that has finished since", async () => {
    const browser = sharedBrowser();
    const { renewal } = tab(browser);
    await renewal.renew("g1");
    expect(await renewal.renew("g1")).toBe("renewed");
    expect(browser.refreshes).toBe(1);
  });

  it("renews again when the renewed token expires in turn", async () => {
    const browser = sharedBrowser();
    const { renewal } = tab(browser);
    await renewal.renew("g1");
    expect(await renewal.renew(browser.generation() ?? "")).toBe("renewed");
    expect(browser.refreshes).toBe(2);
  });

  it("ends the session, once, when the API refuses to renew it", async () => {
    const refresh = vi.fn(async () => false);
    const onEnded = vi.fn();
    const renewal = createSessionRenewal({ refresh, generation: () => "g1", onEnded });
    const outcomes = await Promise.all([renewal.renew("g1"), renewal.renew("g1")]);
    expect(outcomes).toEqual(["ended", "ended"]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onEnded).toHaveBeenCalledTimes(1);
  });

  it("ends nothing when the API cannot be reached, and tries again next time", async () => {
    const refresh = vi.fn().mockRejectedValueOnce(new TypeError("offline")).mockResolvedValueOnce(true);
    const onEnded = vi.fn();
    const renewal = createSessionRenewal({ refresh, generation: () => "g1", onEnded });
    await expect(renewal.renew("g1")).rejects.toThrow("offline");
    expect(await renewal.renew("g1")).toBe("renewed");
    expect(onEnded).not.toHaveBeenCalled();
  });

  it("does not refresh after signing out in another tab", async () => {
    const browser = sharedBrowser();
    const { renewal, onEnded } = tab(browser);
    browser.signOut();
    expect(await renewal.renew("g1")).toBe("ended");
    expect(browser.refreshes).toBe(0);
    expect(onEnded).not.toHaveBeenCalled();
  });
});
