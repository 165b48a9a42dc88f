import { describe, expect, it, vi } from "vitest";
import { createSessionStore, type Session } from "./session-store.ts";

const session: Session = {
  accessToken: "token-1",
  user: {
    id: "0190a1f0-0000-7000-8000-000000000001",
    email: "buyer@marquee.test",
    name: "Asha",
    role: "buyer",
  },
};

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("createSessionStore", () => {
  it("remembers a session across instances when given a storage key", () => {
    const storage = memoryStorage();
    createSessionStore({ storageKey: "s", storage }).set(session);
    const restored = createSessionStore({ storageKey: "s", storage });
    expect(restored.get()).toEqual(session);
    expect(restored.token()).toBe("token-1");
  });

  it("keeps memory-only sessions out of storage", () => {
    const storage = memoryStorage();
    createSessionStore({ storage }).set(session);
    expect(createSessionStore({ storageKey: "s", storage }).get()).toBeNull();
  });

  it("ignores a stored value that is not a session", () => {
    const storage = memoryStorage();
    storage.setItem("s", JSON.stringify({ accessToken: 1 }));
    expect(createSessionStore({ storageKey: "s", storage }).get()).toBeNull();
    storage.setItem("s", "{not json");
    expect(createSessionStore({ storageKey: "s", storage }).get()).toBeNull();
  });

  it("notifies subscribers and forgets on sign-out", () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storageKey: "s", storage });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(session);
    store.set(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(storage.getItem("s")).toBeNull();
    unsubscribe();
    store.set(session);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("keeps no token of a cookie session, in memory or in storage", () => {
    const storage = memoryStorage();
    const expiresAt = new Date("2030-01-01T10:15:00Z");
    const store = createSessionStore({ storageKey: "s", storage, cookieSession: true });
    store.set({ ...session, refreshToken: "mqr_secret", expiresAt });
    expect(store.get()).toEqual({ user: session.user, expiresAt });
    expect(store.token()).toBeNull();
    expect(storage.getItem("s")).not.toContain("token");
    expect(createSessionStore({ storageKey: "s", storage, cookieSession: true }).get()).toEqual({
      user: session.user,
      expiresAt,
    });
  });

  it("drops a token an older version stored, keeping who is signed in", () => {
    const storage = memoryStorage();
    storage.setItem("s", JSON.stringify(session));
    const store = createSessionStore({ storageKey: "s", storage, cookieSession: true });
    expect(store.get()).toEqual({ user: session.user });
    expect(storage.getItem("s")).not.toContain("token-1");
  });

  it("reloads what another tab stored", () => {
    const storage = memoryStorage();
    const here = createSessionStore({ storageKey: "s", storage });
    const listener = vi.fn();
    here.subscribe(listener);
    createSessionStore({ storageKey: "s", storage }).set(session);
    expect(here.get()).toBeNull();
    expect(here.reload()).toEqual(session);
    expect(here.reload()).toEqual(session);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
