import { TRPCClientError } from "@trpc/client";
import { describe, expect, it, vi } from "vitest";
import { createBearerSession } from "./bearer-session.ts";
import { createSessionStore, type Session } from "./session-store.ts";

const user = {
  id: "0190a1f0-0000-7000-8000-000000000002",
  email: "cashier@marquee.test",
  name: "Ravi",
  role: "cashier" as const,
};
const first: Session = { user, accessToken: "access-1", refreshToken: "refresh-1" };
const second: Session = { user, accessToken: "access-2", refreshToken: "refresh-2" };
const refusal = (code: string) =>
  TRPCClientError.from({ error: { code: -32001, message: code, data: { code } } });

function setUp(refresh: (refreshToken: string) => Promise<Session>) {
  const store = createSessionStore();
  store.set(first);
  const onEnded = vi.fn();
  const session = createBearerSession({ store, onEnded }, refresh);
  return { store, session, onEnded };
}

describe("bearer sessions (box office, kiosk)", () => {
  it("renews with the refresh token once, however many calls were refused, and keeps the rotated tokens", async () => {
    const refresh = vi.fn(async () => second);
    const { store, session } = setUp(refresh);
    expect(session.headers()).toEqual({ authorization: "Bearer access-1" });
    const seen = session.generation() ?? "";
    const outcomes = await Promise.all([session.renew(seen), session.renew(seen), session.renew(seen)]);
    expect(outcomes).toEqual(["renewed", "renewed", "renewed"]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith("refresh-1");
    expect(store.get()).toEqual(second);
    expect(session.headers()).toEqual({ authorization: "Bearer access-2" });
    // A call refused before the renewal finished is simply sent again with the new token.
    expect(await session.renew(seen)).toBe("renewed");
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("signs out when the API says the session is over", async () => {
    const { store, session, onEnded } = setUp(() => Promise.reject(refusal("SESSION_INVALID")));
    expect(await session.renew(session.generation() ?? "")).toBe("ended");
    expect(store.get()).toBeNull();
    expect(session.headers()).toEqual({});
    expect(onEnded).toHaveBeenCalledTimes(1);
  });

  it("stays signed in when the API could not be reached", async () => {
    const { store, session, onEnded } = setUp(() => Promise.reject(refusal("INTERNAL")));
    await expect(session.renew(session.generation() ?? "")).rejects.toThrow();
    expect(store.get()).toEqual(first);
    expect(onEnded).not.toHaveBeenCalled();
  });
});
