import type { AppRouter } from "@marquee/api/router";
import type { HoldUpdate, NotificationPush, OrderUpdate, WatchShowAck } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { createRealtimeClient, type RealtimeClient } from "@marquee/realtime";
import { createTRPCClient, httpLink } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { io } from "socket.io-client";
import superjson from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { createAccount, PASSWORD } from "../../../test/identity.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import {
  type ApiProcess,
  eventually,
  isolatedEnv,
  type ProcessEnv,
  startApiProcess,
} from "../../../test/processes.ts";
import { createAccessTokens } from "../identity/tokens.ts";
import { recordSeatChanges } from "../inventory/seat-changes.ts";

/*
 * Two api server processes and a worker (outbox relay + BullMQ) against real PostgreSQL and
 * Redis; clients use @marquee/realtime exactly as the web, box office and kiosk do.
 */

let platform: TestPlatform;
let env: ProcessEnv;
let serverA: ApiProcess;
let serverB: ApiProcess;
let worker: ApiProcess;
let tokens: ReturnType<typeof createAccessTokens>;
const clients: RealtimeClient[] = [];

beforeAll(async () => {
  platform = await createTestPlatform();
  env = isolatedEnv(platform.database.url, { REALTIME_MAX_CONNECTIONS_PER_IP: "12" });
  [serverA, serverB, worker] = await Promise.all([
    startApiProcess("server", env),
    startApiProcess("server", env),
    startApiProcess("worker", env),
  ]);
  tokens = createAccessTokens(env.AUTH_SECRET);
}, 120_000);

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

afterAll(async () => {
  await Promise.all([serverA?.stop(), serverB?.stop(), worker?.stop()]);
  if (platform) {
    await expectInvariants(platform.db);
    await platform.close();
  }
});

const api = (server: ApiProcess, token?: string) =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${server.url}/trpc`,
        transformer: superjson,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    ],
  });

function realtime(server: ApiProcess, token?: string) {
  const client = createRealtimeClient({ url: server.url, token: () => token });
  clients.push(client);
  return client;
}

function watch(server: ApiProcess, showId: string) {
  const anonymous = api(server);
  return realtime(server).watchShow(showId, () => anonymous.inventory.seatMap.query({ showId }));
}

const statusOf = (live: ReturnType<typeof watch>, seatId: string) =>
  live.map?.seats.find((seat) => seat.id === seatId)?.status;

async function buyer() {
  const [user] = await createUsers(platform.db, 1);
  if (!user) throw new Error("no user");
  return { user, token: await tokens.issue({ userId: user.id, role: "buyer" }) };
}

async function versionOf(showId: string) {
  const [show] = await platform.db
    .select({ version: schema.shows.seatVersion })
    .from(schema.shows)
    .where(eq(schema.shows.id, showId));
  return show?.version ?? -1;
}

describe("live seat maps across api processes", () => {
  it("a hold made through one api process reaches a socket on another", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 2, seatsPerRow: 10 });
    const [first, second] = scenario.seatIds;
    const live = watch(serverB, scenario.showId);
    await eventually(() => live.status === "live", { what: "the map to go live" });

    const { token } = await buyer();
    const hold = await api(serverA, token).inventory.hold.mutate({
      showId: scenario.showId,
      seatIds: [first!, second!],
    });
    await eventually(() => statusOf(live, first!) === "held" && statusOf(live, second!) === "held", {
      what: "the held seats on server B",
    });
    await api(serverA, token).inventory.release.mutate({ holdId: hold.holdId });
    await eventually(() => statusOf(live, first!) === "available", { what: "the release on server B" });

    expect(live.map?.version).toBe(await versionOf(scenario.showId));
    expect(live.stats).toMatchObject({ gaps: 0, snapshots: 1 });
    expect(live.stats.applied).toBe(2);
  });

  it("pushes a buyer's own hold and order changes and notifications on their private channel", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 2, seatsPerRow: 10 });
    const { token } = await buyer();
    const stranger = await buyer();
    const mine = realtime(serverB, token);
    const theirs = realtime(serverA, stranger.token);
    const holds: HoldUpdate[] = [];
    const orders: OrderUpdate[] = [];
    const notifications: NotificationPush[] = [];
    const overheard: unknown[] = [];
    mine.onPrivate("hold:update", (update) => holds.push(update));
    mine.onPrivate("order:update", (update) => orders.push(update));
    mine.onPrivate("notification", (notification) => notifications.push(notification));
    for (const event of ["hold:update", "order:update", "notification"] as const)
      theirs.onPrivate(event, (payload: unknown) => overheard.push(payload));
    await eventually(() => mine.socket.connected && theirs.socket.connected, { what: "both sockets" });

    const buyerApi = api(serverA, token);
    const released = await buyerApi.inventory.hold.mutate({
      showId: scenario.showId,
      seatIds: [scenario.seatIds[0]!],
    });
    await buyerApi.inventory.release.mutate({ holdId: released.holdId });
    await eventually(() => holds.find((h) => h.holdId === released.holdId && h.status === "released"), {
      what: "the hold release",
    });

    const hold = await buyerApi.inventory.hold.mutate({
      showId: scenario.showId,
      seatIds: [scenario.seatIds[1]!],
    });
    const order = await buyerApi.booking.checkout.mutate({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    await eventually(() => orders.find((o) => o.orderId === order.id && o.kind === "confirmed"), {
      what: "order confirmed",
    });
    await eventually(() => orders.find((o) => o.orderId === order.id && o.kind === "documents_ready"), {
      what: "documents ready",
      timeoutMs: 30_000,
    });
    const pushed = await eventually(() => notifications.find((n) => n.data.orderId === order.id), {
      what: "the confirmation notification",
    });
    expect(pushed.kind).toBe("order_confirmed");

    const list = await buyerApi.notifications.list.query({ limit: 10 });
    expect(list.items.map((n) => n.id)).toContain(pushed.id);
    expect(list.unread).toBe(1);
    expect(await api(serverB, stranger.token).notifications.unreadCount.query()).toEqual({ unread: 0 });
    expect(overheard).toEqual([]);
    expect(list.items.every((n) => n.data.orderId === order.id)).toBe(true);
  });

  it("a socket token (the web's, whose access token stays in a cookie) opens the private channel and nothing else", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 4 });
    const { token } = await buyer();
    const buyerApi = api(serverA, token);
    const ticket = await buyerApi.auth.socketToken.mutate();
    expect(ticket.expiresAt.getTime()).toBeGreaterThan(Date.now());
    await expect(api(serverA, ticket.token).auth.me.query()).rejects.toThrow(/sign in/i);

    const web = realtime(serverB, ticket.token);
    const holds: HoldUpdate[] = [];
    web.onPrivate("hold:update", (update) => holds.push(update));
    await eventually(() => web.socket.connected, { what: "the socket" });
    const held = await buyerApi.inventory.hold.mutate({
      showId: scenario.showId,
      seatIds: [scenario.seatIds[0]!],
    });
    await buyerApi.inventory.release.mutate({ holdId: held.holdId });
    await eventually(() => holds.find((h) => h.holdId === held.holdId && h.status === "released"), {
      what: "the hold release on the private channel",
    });
  });

  it("a client that misses a version reloads the snapshot", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 2, seatsPerRow: 10 });
    const [lost, next] = scenario.seatIds;
    const live = watch(serverB, scenario.showId);
    await eventually(() => live.status === "live", { what: "the map to go live" });

    // A delta that never reaches anyone: its outbox row is marked done in its own transaction.
    await platform.db.transaction(async (tx) => {
      await tx
        .update(schema.showSeats)
        .set({ status: "blocked" })
        .where(and(eq(schema.showSeats.showId, scenario.showId), eq(schema.showSeats.seatId, lost!)));
      await recordSeatChanges(tx, scenario.showId, [{ seatId: lost!, status: "blocked" }]);
      await tx
        .update(schema.outbox)
        .set({ publishedAt: new Date() })
        .where(eq(schema.outbox.aggregateId, scenario.showId));
    });
    const { token } = await buyer();
    await api(serverA, token).inventory.hold.mutate({ showId: scenario.showId, seatIds: [next!] });

    await eventually(() => statusOf(live, next!) === "held" && statusOf(live, lost!) === "blocked", {
      what: "the resynced map",
    });
    expect(live.stats.gaps).toBe(1);
    expect(live.stats.snapshots).toBe(2);
    expect(live.map?.version).toBe(await versionOf(scenario.showId));
  });

  it("a client that reconnects catches up from the outbox without reloading the snapshot", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 2, seatsPerRow: 10 });
    const client = realtime(serverB);
    const anonymous = api(serverB);
    const live = client.watchShow(scenario.showId, () =>
      anonymous.inventory.seatMap.query({ showId: scenario.showId }),
    );
    await eventually(() => live.status === "live", { what: "the map to go live" });
    client.socket.disconnect();
    await eventually(() => live.status === "offline", { what: "offline" });

    const { token } = await buyer();
    const buyerApi = api(serverA, token);
    for (const seatId of scenario.seatIds.slice(0, 3)) {
      const hold = await buyerApi.inventory.hold.mutate({ showId: scenario.showId, seatIds: [seatId] });
      await buyerApi.inventory.release.mutate({ holdId: hold.holdId });
    }
    const held = await buyerApi.inventory.hold.mutate({
      showId: scenario.showId,
      seatIds: [scenario.seatIds[4]!],
    });
    client.socket.connect();
    await eventually(() => statusOf(live, scenario.seatIds[4]!) === "held", { what: "the catch-up" });
    expect(live.map?.version).toBe(await versionOf(scenario.showId));
    expect(live.stats).toMatchObject({ snapshots: 1, gaps: 0 });
    expect(held.seatIds).toEqual([scenario.seatIds[4]]);
  });

  it("refuses bad tokens and too many connections, and shrugs off bad payloads", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 4 });
    const refused = await new Promise<string | undefined>((resolve) => {
      const socket = io(serverA.url, { transports: ["websocket"], auth: { token: "not-a-token" } });
      socket.on("connect_error", (error: Error & { data?: { code?: string } }) => {
        socket.close();
        resolve(error.data?.code);
      });
    });
    expect(refused).toBe("UNAUTHENTICATED");

    const raw = io(serverA.url, { transports: ["websocket"] });
    await eventually(() => raw.connected, { what: "raw socket" });
    const ask = (payload: unknown) =>
      new Promise<WatchShowAck>((resolve) =>
        raw.emit("show:watch" as never, payload as never, resolve as never),
      );
    raw.emit("show:watch" as never);
    raw.emit("show:watch" as never, { showId: scenario.showId } as never);
    raw.emit("no-such-event" as never, Buffer.alloc(2_000) as never);
    raw.emit("show:unwatch" as never, 42 as never);
    expect(await ask(null)).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    expect(await ask({ showId: "x".repeat(10_000) })).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    expect(await ask({ showId: scenario.showId, sinceVersion: -5 })).toMatchObject({ ok: false });
    expect(await ask({ showId: "0191e8a0-0000-7000-8000-000000000000" })).toMatchObject({
      ok: false,
      code: "SHOW_NOT_FOUND",
    });
    expect(await ask({ showId: scenario.showId })).toMatchObject({ ok: true, resync: true });
    // An oversized frame closes that socket only.
    raw.emit("show:watch" as never, { showId: "y".repeat(40_000) } as never);
    await eventually(() => !raw.connected, { what: "the oversized frame to be refused" });
    raw.close();
    expect((await fetch(`${serverA.url}/healthz`)).ok).toBe(true);

    const sockets = Array.from({ length: 13 }, () => io(serverA.url, { transports: ["websocket"] }));
    const outcomes = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<string>((resolve) => {
            socket.on("connect", () => resolve("connected"));
            socket.on("connect_error", (error: Error & { data?: { code?: string } }) =>
              resolve(error.data?.code ?? "error"),
            );
          }),
      ),
    );
    for (const socket of sockets) socket.close();
    expect(outcomes.filter((o) => o === "connected")).toHaveLength(12);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(1);
  });
});

describe("socket sessions and capacity", () => {
  it("ends a socket's private channel when its session is signed out; the seat map carries on", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 4 });
    const [first, second] = scenario.seatIds;
    const account = await createAccount(platform.db);
    const session = await api(serverA).auth.login.mutate({ email: account.email, password: PASSWORD });
    let token: string | undefined = session.accessToken;
    const refusals: (string | null)[] = [];
    const client = createRealtimeClient({
      url: serverB.url,
      token: () => token,
      onConnectError: (code) => refusals.push(code),
    });
    clients.push(client);
    const holds: HoldUpdate[] = [];
    client.onPrivate("hold:update", (update) => holds.push(update));
    const anonymous = api(serverB);
    const live = client.watchShow(scenario.showId, () =>
      anonymous.inventory.seatMap.query({ showId: scenario.showId }),
    );
    await eventually(() => live.status === "live", { what: "the map to go live" });

    const mine = api(serverA, token);
    const held = await mine.inventory.hold.mutate({ showId: scenario.showId, seatIds: [first!] });
    await mine.inventory.release.mutate({ holdId: held.holdId });
    await eventually(() => holds.some((h) => h.holdId === held.holdId), { what: "a private push" });

    const ended = new Promise<string>((resolve) => client.socket.once("disconnect", resolve));
    await mine.auth.logout.mutate({});
    expect(await ended).toBe("io server disconnect");
    // The client comes back by itself, with the token it still has: refused, it was revoked.
    await eventually(() => refusals.includes("UNAUTHENTICATED"), { what: "the revoked token's refusal" });

    // Once the app lets go of the token, the socket returns anonymously and the map goes on.
    token = undefined;
    await eventually(() => client.socket.connected && live.status === "live", {
      what: "the anonymous reconnection",
      timeoutMs: 20_000,
    });
    const stranger = await buyer();
    await api(serverA, stranger.token).inventory.hold.mutate({ showId: scenario.showId, seatIds: [second!] });
    await eventually(() => statusOf(live, second!) === "held", { what: "a seat change after sign-out" });
    expect(holds.filter((h) => h.showId === scenario.showId)).toHaveLength(1);
  });

  it("refuses sockets past the process's cap, saying the server is full, and takes them again after", async () => {
    const small = await startApiProcess("server", env, {
      REALTIME_MAX_CONNECTIONS: "3",
      REALTIME_MAX_CONNECTIONS_PER_IP: "10",
    });
    const sockets: ReturnType<typeof io>[] = [];
    const open = () =>
      new Promise<{ outcome: string; message?: string }>((resolve) => {
        const socket = io(small.url, { transports: ["websocket"], reconnection: false });
        sockets.push(socket);
        socket.on("connect", () => resolve({ outcome: "connected" }));
        socket.on("connect_error", (error: Error & { data?: { code?: string } }) =>
          resolve({ outcome: error.data?.code ?? "error", message: error.message }),
        );
      });
    try {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await open());
      expect(outcomes.map((o) => o.outcome)).toEqual(["connected", "connected", "connected", "RATE_LIMITED"]);
      expect(outcomes[3]?.message).toMatch(/full/);
      sockets[0]?.close();
      await eventually(async () => (await open()).outcome === "connected", { what: "room again" });
    } finally {
      for (const socket of sockets) socket.close();
      await small.stop();
    }
  });
});
