import { TRPCClientError } from "@trpc/client";
import { describe, expect, it, vi } from "vitest";
import { cookieValue, createCookieSession } from "./cookie-session.ts";
import { createSessionStore, type Session } from "./session-store.ts";

const user = {
  id: "0190a1f0-0000-7000-8000-000000000001",
  email: "buyer@marquee.test",
  name: "Asha",
  role: "buyer" as const,
};
const signedIn: Session = { user, expiresAt: new Date("2030-01-01T10:00:00Z") };
const renewed: Session = { user, expiresAt: new Date("2030-01-01T10:15:00Z"), accessToken: "jwt" };
const refusal = (code: string) =>
  TRPCClientError.from({ error: { code: -32001, message: code, data: { code } } });

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function setUp(refresh: () => Promise<Session>) {
  const store = createSessionStore({ storageKey: "s", storage: memoryStorage(), cookieSession: true });
  store.set(signedIn);
  const onEnded = vi.fn();
  const session = createCookieSession({ store, onEnded, locks: null }, refresh);
  return { store, session, onEnded };
}

describe("cookie sessions", () => {
  it("reads one cookie out of document.cookie", () => {
    expect(cookieValue("theme=dark; mq_csrf=abc%3D; other=1", "mq_csrf")).toBe("abc=");
    expect(cookieValue("mq_csrf_old=1", "mq_csrf")).toBeNull();
    expect(cookieValue("", "mq_csrf")).toBeNull();
  });

  it("marks each renewal by the session's expiry and stores the renewed session without its token", async () => {
    const { store, session } = setUp(async () => renewed);
    const seen = session.generation();
    expect(seen).toBe("2030-01-01T10:00:00.000Z");
    expect(await session.renew(seen ?? "")).toBe("renewed");
    expect(store.get()).toEqual({ user, expiresAt: renewed.expiresAt });
    expect(session.generation()).toBe("2030-01-01T10:15:00.000Z");
  });

  it("signs out when the API says the session is over", async () => {
    const { store, session, onEnded } = setUp(() => Promise.reject(refusal("SESSION_INVALID")));
    expect(await session.renew(session.generation() ?? "")).toBe("ended");
    expect(store.get()).toBeNull();
    expect(session.generation()).toBeNull();
    expect(onEnded).toHaveBeenCalledTimes(1);
  });

  it("stays signed in when the API could not be reached", async () => {
    const { store, session, onEnded } = setUp(() => Promise.reject(refusal("INTERNAL")));
    await expect(session.renew(session.generation() ?? "")).rejects.toThrow();
    expect(store.get()).toEqual(signedIn);
    expect(onEnded).not.toHaveBeenCalled();
  });

  it("asks for cookie mode on every request", () => {
    expect(setUp(async () => renewed).session.headers()).toEqual({ "x-marquee-session": "cookie" });
  });
});
