import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { eventually } from "../../../test/processes.ts";
import { markSessionsRevoked, markUserTokensRevoked } from "../identity/revocation.ts";
import type { VerifiedAccess } from "../identity/tokens.ts";
import { createSessionGuard, type SessionGuard } from "./session-guard.ts";

/* The guard against real Redis: revocations are announced by the identity module's own functions. */

let platform: TestPlatform;
let guard: SessionGuard;

beforeAll(async () => {
  platform = await createTestPlatform();
  guard = createSessionGuard({
    subscriber: new Redis(platform.config.REDIS_URL),
    markers: platform.redis,
    log: platform.log,
  });
  await guard.start();
});

afterAll(async () => {
  guard?.close();
  await platform?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

function signedInSocket(access: Partial<VerifiedAccess> = {}) {
  const socket = { id: randomUUID(), disconnects: 0, disconnect: () => (socket.disconnects += 1) };
  const claims: VerifiedAccess = {
    userId: randomUUID(),
    role: "buyer",
    sessionId: randomUUID(),
    issuedAt: nowSeconds(),
    ...access,
  };
  return { socket, claims };
}

const anHourFromNow = () => Date.now() + 3_600_000;
const aLittle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("socket session guard", () => {
  it("disconnects a socket when its access token expires", async () => {
    const { socket, claims } = signedInSocket();
    await guard.guard(socket, claims, Date.now() + 150);
    expect(socket.disconnects).toBe(0);
    await eventually(() => socket.disconnects === 1, { what: "the expiry" });
  });

  it("disconnects the sockets of a revoked session at once, and only those", async () => {
    const sessionId = randomUUID();
    const phone = signedInSocket({ sessionId });
    const laptop = signedInSocket({ sessionId, userId: phone.claims.userId });
    const other = signedInSocket({ userId: phone.claims.userId });
    for (const { socket, claims } of [phone, laptop, other])
      await guard.guard(socket, claims, anHourFromNow());

    await markSessionsRevoked(platform.redis, [sessionId]);
    await eventually(() => phone.socket.disconnects === 1 && laptop.socket.disconnects === 1, {
      what: "the session's sockets to be disconnected",
    });
    await aLittle();
    expect(other.socket.disconnects).toBe(0);
  });

  it("disconnects a user's sockets whose tokens were issued before their tokens were revoked", async () => {
    const userId = randomUUID();
    const old = signedInSocket({ userId, issuedAt: nowSeconds() - 60 });
    const fresh = signedInSocket({ userId, issuedAt: nowSeconds() + 5 });
    await guard.guard(old.socket, old.claims, anHourFromNow());
    await guard.guard(fresh.socket, fresh.claims, anHourFromNow());

    await markUserTokensRevoked(platform.redis, userId, new Date());
    await eventually(() => old.socket.disconnects === 1, { what: "the old token's socket" });
    await aLittle();
    expect(fresh.socket.disconnects).toBe(0);
  });

  it("catches a revocation that landed before the socket was guarded", async () => {
    const { socket, claims } = signedInSocket();
    await markSessionsRevoked(platform.redis, [claims.sessionId ?? ""]);
    await guard.guard(socket, claims, anHourFromNow());
    expect(socket.disconnects).toBe(1);
  });

  it("lets go of a socket that disconnected by itself", async () => {
    const { socket, claims } = signedInSocket();
    await guard.guard(socket, claims, Date.now() + 100);
    const before = guard.size;
    guard.forget(socket.id);
    expect(guard.size).toBe(before - 1);
    await markSessionsRevoked(platform.redis, [claims.sessionId ?? ""]);
    await aLittle();
    expect(socket.disconnects).toBe(0);
  });
});
