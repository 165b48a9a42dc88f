import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAccessTokens } from "./tokens.ts";

describe("access tokens", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps refusing a token once it has expired, though its signature was checked before", async () => {
    const tokens = createAccessTokens(randomBytes(32).toString("hex"), { accessMinutes: 15 });
    const token = await tokens.issue({ userId: "0193c0de-0000-7000-8000-000000000001", role: "buyer" });
    expect(await tokens.verify(token)).toMatchObject({ role: "buyer" });
    expect(await tokens.verify(token)).toMatchObject({ role: "buyer" });

    vi.useFakeTimers({ now: Date.now() + 16 * 60_000 });
    expect(await tokens.verify(token)).toBeNull();
  });

  it("keeps socket tokens and API tokens apart, remembered or not", async () => {
    const tokens = createAccessTokens(randomBytes(32).toString("hex"));
    const claims = {
      userId: "0193c0de-0000-7000-8000-000000000003",
      role: "buyer" as const,
      sessionId: "s-1",
    };
    const socket = await tokens.issueSocket(claims);
    const access = await tokens.issue(claims);
    expect(await tokens.verifySocket(socket)).toMatchObject({ userId: claims.userId, sessionId: "s-1" });
    expect(await tokens.verify(socket)).toBeNull();
    expect(await tokens.verifySocket(access)).toBeNull();
    expect(await tokens.verify(access)).toMatchObject({ userId: claims.userId });
    expect(await tokens.verifySocket(access)).toBeNull();
  });

  it("does not let a remembered token vouch for a different one", async () => {
    const tokens = createAccessTokens(randomBytes(32).toString("hex"));
    const token = await tokens.issue({ userId: "0193c0de-0000-7000-8000-000000000002", role: "admin" });
    await tokens.verify(token);
    const [header, payload, signature] = token.split(".");
    expect(await tokens.verify(`${header}.${payload}.${signature?.slice(0, -2)}AA`)).toBeNull();
  });
});
