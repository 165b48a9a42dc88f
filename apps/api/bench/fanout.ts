/**
 * pnpm bench:fanout — how fast a committed seat change reaches thousands of watching sockets.
 *
 * A fresh database with one show; an api `server` process (socket.io with the Redis adapter)
 * and a `worker` process (the outbox relay); N sockets (default 5,000, spread over client
 * threads) watch the show. A burst of single-seat holds is committed through the real hold
 * path (the same `holdSeats` the API runs, each its own transaction); every socket stamps the
 * arrival of every delta. Latency is COMMIT returned → delta received, on one clock.
 *
 * Then, in the same run, the limit: the real processes stop, a bare socket.io server (no
 * Redis, no database) takes the same N sockets and broadcasts the very same delta payloads
 * at the same moments relative to each other; latency is emit → received.
 *
 * Flags: --sockets N  --changes C  --concurrency W (writers)  --threads T (client threads)
 * Loopback only; every wait is bounded.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { schema } from "@marquee/db";
import { createTestDatabase } from "@marquee/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { Redis } from "ioredis";
import { loadConfig } from "../src/config.ts";
import { redisNames } from "../src/infra/redis-names.ts";
import { holdSeats } from "../src/modules/inventory/holds.ts";
import { nudgeRelaysOnCommit } from "../src/outbox.ts";
import { outboxNudger } from "../src/outbox-relay/nudge.ts";
import { createShowScenario, createUsers } from "../test/fixtures/booking.ts";
import { freePort } from "../test/processes.ts";
import { percentiles } from "./support.ts";

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    sockets: { type: "string", default: "5000" },
    changes: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
    threads: { type: "string", default: "2" },
  },
});
const sockets = Number(flags.sockets);
const changes = Number(flags.changes);
const concurrency = Number(flags.concurrency);
const threadCount = Math.max(1, Math.min(Number(flags.threads), sockets));
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const apiRoot = new URL("..", import.meta.url).pathname;

const database = await createTestDatabase();
const secret = randomBytes(32).toString("hex");
const run = randomBytes(4).toString("hex");
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: secret,
  SEED_DEMO: "never",
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  HOST: "127.0.0.1",
  REDIS_PREFIX: `bench-${run}`,
  REALTIME_MAX_CONNECTIONS_PER_IP: String(sockets + 100),
};
const children: ChildProcess[] = [];
const cleanup = async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await database.drop().catch(() => {});
};
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
// Whatever happens, no api process outlives the benchmark.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

try {
  const seatsPerRow = 50;
  const rows = Math.ceil((changes + 10) / seatsPerRow);
  const scenario = await createShowScenario(database.db, new Date(), {
    rows,
    seatsPerRow,
    startsInHours: 48,
  });
  const users = await createUsers(database.db, changes + 5);
  const warmUp = scenario.seatIds.slice(changes, changes + 3);
  const burst = scenario.seatIds.slice(0, changes);
  const seatIndex = Object.fromEntries(burst.map((seatId, i) => [seatId, i]));
  console.log(
    `database ${database.name}: ${rows * seatsPerRow}-seat show; ${sockets} sockets, ${changes} changes`,
  );

  const port = await freePort();
  const server = start("src/entry/server.ts", { PORT: String(port) });
  const worker = start("src/entry/worker.ts", { PORT: "0" });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/readyz`).catch(() => null))?.ok === true,
    60_000,
    "api server",
  );

  const perThread = Array.from(
    { length: threadCount },
    (_, t) => Math.floor(sockets / threadCount) + (t < sockets % threadCount ? 1 : 0),
  );
  const threads = perThread.map(
    (count) =>
      // Worker threads do not inherit tsx's loader on Node 20: register it in the thread first.
      new Worker(
        `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(
          new URL("./fanout-clients.ts", import.meta.url).href,
        )}); })`,
        { eval: true, workerData: { showId: scenario.showId, count, seatIndex, changes } },
      ),
  );
  for (const thread of threads)
    thread.on("error", (error) => {
      console.error("client thread failed:", error);
      void cleanup().then(() => process.exit(1));
    });
  await Promise.all(threads.map((thread) => next(thread, "ready", 30_000)));

  // ---- the real path -------------------------------------------------------------------
  const connectedAt = now();
  const connected = await connectAll(threads, url);
  console.log(`real: ${connected} sockets watching after ${((now() - connectedAt) / 1000).toFixed(1)} s`);
  const config = loadConfig({ DATABASE_URL: database.url, REDIS_PREFIX: env.REDIS_PREFIX });
  // The api processes' own database wiring: committed outbox rows wake the relay.
  const nudges = new Redis(config.REDIS_URL);
  const db = nudgeRelaysOnCommit(database.db, outboxNudger(nudges, redisNames(config).outboxNudge));
  const hold = (userIndex: number, seatId: string) =>
    holdSeats(
      { db, config, now: new Date() },
      { channel: "web", userId: users[userIndex]?.id ?? null, terminalId: null },
      { showId: scenario.showId, seatIds: [seatId] },
    );
  for (const [i, seatId] of warmUp.entries()) await hold(changes + i, seatId);
  await waitFor(() => worker.exitCode === null, 1_000, "worker");
  await sleep(1_000);

  const committedAt = new Float64Array(changes);
  const completions = threads.map((thread) => next(thread, "complete", 120_000).catch(() => null));
  let cursor = 0;
  const burstStarted = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = cursor++; i < changes; i = cursor++) {
        await hold(i, burst[i] ?? "");
        committedAt[i] = now();
      }
    }),
  );
  const burstMs = now() - burstStarted;
  await Promise.race([Promise.all(completions), sleep(60_000)]);
  const realLatencies = await collect(threads, perThread, (change) => committedAt[change] ?? 0);
  await Promise.all(threads.map((thread) => ask(thread, "disconnect", "disconnected")));
  server.kill("SIGTERM");
  worker.kill("SIGTERM");
  await Promise.all([exited(server), exited(worker)]);

  // ---- the bare limit: same sockets, same payloads, same pacing --------------------------
  const published = await database.db
    .select({ payload: schema.outbox.payload })
    .from(schema.outbox)
    .where(and(eq(schema.outbox.aggregateId, scenario.showId), eq(schema.outbox.type, "seats.changed")))
    .orderBy(asc(schema.outbox.id));
  const payloadOf = new Map<number, unknown>();
  for (const row of published) {
    const change = seatIndex[(row.payload as { changes: { seatId: string }[] }).changes[0]?.seatId ?? ""];
    if (change !== undefined) payloadOf.set(change, row.payload);
  }
  const barePort = await freePort();
  const bare = spawn(process.execPath, ["--import", "tsx", "bench/fanout-bare-server.ts"], {
    cwd: apiRoot,
    env: { ...process.env, PORT: String(barePort) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.push(bare);
  await new Promise((resolve) => bare.once("message", resolve));
  const bareConnected = await connectAll(threads, `http://127.0.0.1:${barePort}`);
  console.log(`bare: ${bareConnected} sockets watching`);
  await sleep(1_000);
  const emittedAt = new Float64Array(changes);
  bare.on("message", (message: { changes?: number[]; emittedAt?: number }) => {
    for (const change of message.changes ?? []) emittedAt[change] = message.emittedAt ?? 0;
  });
  const bareCompletions = threads.map((thread) => next(thread, "complete", 120_000).catch(() => null));
  // Each frame the real path delivered is replayed as soon as its last delta had committed in
  // the real run: the bare server never waits for a relay, which makes it the limit.
  const first = Math.min(...committedAt);
  const replayStart = now();
  for (const frame of realLatencies.frames) {
    const due = replayStart + Math.max(...frame.map((change) => committedAt[change] ?? first)) - first;
    if (due > now()) await sleep(due - now());
    bare.send({ changes: frame, deltas: frame.map((change) => payloadOf.get(change)) });
  }
  await Promise.race([Promise.all(bareCompletions), sleep(60_000)]);
  await sleep(200);
  const bareLatencies = await collect(threads, perThread, (change) => emittedAt[change] ?? 0);
  await Promise.all(threads.map((thread) => ask(thread, "disconnect", "disconnected")));
  bare.kill("SIGTERM");
  await Promise.all(threads.map((thread) => thread.terminate()));

  const real = percentiles(realLatencies.samples);
  const limit = percentiles(bareLatencies.samples);
  const expected = sockets * changes;
  const row = (name: string, p: ReturnType<typeof percentiles>, got: number) =>
    `${name.padEnd(34)} p50 ${p.p50.toFixed(1).padStart(7)} ms   p95 ${p.p95.toFixed(1).padStart(7)} ms   p99 ${p.p99.toFixed(1).padStart(7)} ms   delivered ${got}/${expected}`;
  console.log("");
  console.log(
    `sockets ${sockets} (${threadCount} client threads), changes ${changes}, writers ${concurrency}`,
  );
  console.log(
    `burst committed in ${burstMs.toFixed(0)} ms (${((changes / burstMs) * 1000).toFixed(0)} commits/s)`,
  );
  console.log(row("commit → client (outbox, relay, Redis)", real, realLatencies.samples.length));
  console.log(row("bare socket.io broadcast (the limit)", limit, bareLatencies.samples.length));
  console.log(
    `ratio p50 ${(real.p50 / limit.p50).toFixed(2)}×   p95 ${(real.p95 / limit.p95).toFixed(2)}×   p99 ${(real.p99 / limit.p99).toFixed(2)}×`,
  );
  console.log(
    `frames per socket ${realLatencies.frames.length} for ${changes} deltas (the relay batches a burst)`,
  );
  nudges.disconnect();
  await cleanup();
  process.exit(realLatencies.samples.length === expected ? 0 : 1);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}

function start(entry: string, extra: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: apiRoot,
    env: { ...env, ...extra },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  return child;
}

function exited(child: ChildProcess) {
  return child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up`);
    await sleep(100);
  }
}

function next(thread: Worker, type: string, timeoutMs: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      thread.off("message", on);
      reject(new Error(`client thread: no ${type}`));
    }, timeoutMs);
    const on = (message: Record<string, unknown>) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      thread.off("message", on);
      resolve(message);
    };
    thread.on("message", on);
  });
}

function ask(thread: Worker, cmd: string, reply: string, extra: Record<string, unknown> = {}) {
  const answer = next(thread, reply, 300_000);
  thread.postMessage({ cmd, ...extra });
  return answer;
}

async function connectAll(threads: Worker[], target: string): Promise<number> {
  const replies = await Promise.all(
    threads.map((thread) => ask(thread, "connect", "connected", { url: target })),
  );
  return replies.reduce((sum, reply) => sum + Number(reply.ok), 0);
}

async function collect(threads: Worker[], counts: number[], startOf: (change: number) => number) {
  const samples: number[] = [];
  const replies = await Promise.all(threads.map((thread) => ask(thread, "collect", "collected")));
  const frames = (replies[0]?.frames as number[][] | undefined) ?? [];
  replies.forEach((reply, t) => {
    const received = reply.received as Float64Array;
    const count = counts[t] ?? 0;
    for (let change = 0; change < changes; change++) {
      const start = startOf(change);
      for (let s = 0; s < count; s++) {
        const at = received[change * count + s] ?? 0;
        if (at > 0 && start > 0) samples.push(at - start);
      }
    }
  });
  return { samples, frames };
}
