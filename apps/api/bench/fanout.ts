/**
 * pnpm bench:fanout — how fast a committed seat change reaches thousands of watching sockets.
 *
 * A fresh database with one show; an api `server` process (socket.io with the Redis adapter)
 * and a `worker` process (the outbox relay); N sockets (default 5,000, spread over client
 * threads) watch the show. A burst of single-seat holds is committed through the real hold
 * path (the same `holdSeats` the API runs, each its own transaction); every socket stamps the
 * arrival of every delta. Latency is COMMIT returned → delta received, on one clock.
 *
 * Then, in the same run, the limit: a bare socket.io server (no Redis, no database) takes
 * the same N sockets and broadcasts the very same frames of delta payloads at the same
 * moments relative to each other; latency is emit → received. Real and bare take turns, one
 * burst each per round (the machine may be shared: whatever else runs at the time weighs on
 * both alike), and the figures pool every round's deliveries.
 *
 * Flags: --sockets N  --changes C (per round)  --rounds R  --concurrency W (writers)
 *        --threads T (client threads). Loopback only; every wait is bounded.
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
    rounds: { type: "string", default: "3" },
  },
});
const sockets = Number(flags.sockets);
const changes = Number(flags.changes);
const concurrency = Number(flags.concurrency);
const threadCount = Math.max(1, Math.min(Number(flags.threads), sockets));
const rounds = Math.max(1, Number(flags.rounds));
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
  const rows = Math.ceil((changes * rounds + 10) / seatsPerRow);
  const scenario = await createShowScenario(database.db, new Date(), {
    rows,
    seatsPerRow,
    startsInHours: 48,
  });
  const users = await createUsers(database.db, changes * rounds + 5);
  const warmUp = scenario.seatIds.slice(changes * rounds, changes * rounds + 3);
  console.log(
    `database ${database.name}: ${rows * seatsPerRow}-seat show; ${sockets} sockets, ${rounds} rounds of ${changes} changes`,
  );

  const port = await freePort();
  const server = start("src/entry/server.ts", { PORT: String(port) });
  const worker = start("src/entry/worker.ts", { PORT: "0" });
  const url = `http://127.0.0.1:${port}`;
  const barePort = await freePort();
  const bare = spawn(process.execPath, ["--import", "tsx", "bench/fanout-bare-server.ts"], {
    cwd: apiRoot,
    env: { ...process.env, PORT: String(barePort) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.push(bare);
  const bareUrl = `http://127.0.0.1:${barePort}`;
  await Promise.all([
    waitFor(async () => (await fetch(`${url}/readyz`).catch(() => null))?.ok === true, 60_000, "api server"),
    new Promise((resolve) => bare.once("message", resolve)),
  ]);

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
        { eval: true, workerData: { showId: scenario.showId, count, changes } },
      ),
  );
  for (const thread of threads)
    thread.on("error", (error) => {
      console.error("client thread failed:", error);
      void cleanup().then(() => process.exit(1));
    });
  await Promise.all(threads.map((thread) => next(thread, "ready", 30_000)));

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
  // Where the time goes: the moment each delta appears on the relay's Redis channel splits the
  // path into commit → relay → Redis, and Redis → api process → sweep → socket → client.
  let onRedisAt = new Float64Array(changes);
  let seatIndex: Record<string, number> = {};
  const relayFeed = new Redis(config.REDIS_URL);
  await relayFeed.subscribe(redisNames(config).seatDeltas);
  relayFeed.on("message", (_channel, message: string) => {
    const at = now();
    for (const delta of (JSON.parse(message) as { deltas: { changes: { seatId: string }[] }[] }).deltas) {
      const change = seatIndex[delta.changes[0]?.seatId ?? ""];
      if (change !== undefined && onRedisAt[change] === 0) onRedisAt[change] = at;
    }
  });
  let emittedAt = new Float64Array(changes);
  bare.on("message", (message: { changes?: number[]; emittedAt?: number }) => {
    for (const change of message.changes ?? []) emittedAt[change] = message.emittedAt ?? 0;
  });

  const totals = {
    real: [] as number[],
    bare: [] as number[],
    toRedis: [] as number[],
    fromRedis: [] as number[],
  };
  const roundLines: string[] = [];
  let frameCount = 0;
  for (let round = 0; round < rounds; round++) {
    const burst = scenario.seatIds.slice(round * changes, (round + 1) * changes);
    seatIndex = Object.fromEntries(burst.map((seatId, i) => [seatId, i]));

    // ---- the real path ----------------------------------------------------------------
    const connectedAt = now();
    const connected = await connectAll(threads, url, seatIndex);
    console.log(
      `round ${round + 1}: ${connected} sockets watching the api after ${((now() - connectedAt) / 1000).toFixed(1)} s`,
    );
    if (round === 0) for (const [i, seatId] of warmUp.entries()) await hold(changes * rounds + i, seatId);
    await waitFor(() => worker.exitCode === null && server.exitCode === null, 1_000, "api processes");
    await sleep(1_000);
    onRedisAt = new Float64Array(changes);
    const committedAt = new Float64Array(changes);
    const completions = threads.map((thread) => next(thread, "complete", 120_000).catch(() => null));
    let cursor = 0;
    const burstStarted = now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = cursor++; i < changes; i = cursor++) {
          await hold(round * changes + i, burst[i] ?? "");
          committedAt[i] = now();
        }
      }),
    );
    const burstMs = now() - burstStarted;
    await Promise.race([Promise.all(completions), sleep(60_000)]);
    const realRun = await collect(threads, perThread);
    const real = realRun.since((change) => committedAt[change] ?? 0);
    for (const ms of real) totals.real.push(ms);
    for (const ms of realRun.since((change) => onRedisAt[change] ?? 0)) totals.fromRedis.push(ms);
    for (let change = 0; change < changes; change++)
      if ((onRedisAt[change] ?? 0) > 0)
        totals.toRedis.push((onRedisAt[change] ?? 0) - (committedAt[change] ?? 0));
    frameCount += realRun.frames.length;
    await Promise.all(threads.map((thread) => ask(thread, "disconnect", "disconnected")));

    // ---- the bare limit: same sockets, same frames, same pacing -------------------------
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
    await connectAll(threads, bareUrl, seatIndex);
    await sleep(1_000);
    emittedAt = new Float64Array(changes);
    const bareCompletions = threads.map((thread) => next(thread, "complete", 120_000).catch(() => null));
    // Each frame the real path delivered is replayed as soon as its last delta had committed in
    // the real run: the bare server never waits for a relay, which makes it the limit.
    const first = Math.min(...committedAt);
    const replayStart = now();
    for (const frame of realRun.frames) {
      const due = replayStart + Math.max(...frame.map((change) => committedAt[change] ?? first)) - first;
      if (due > now()) await sleep(due - now());
      bare.send({ changes: frame, deltas: frame.map((change) => payloadOf.get(change)) });
    }
    await Promise.race([Promise.all(bareCompletions), sleep(60_000)]);
    await sleep(200);
    const bareRun = await collect(threads, perThread);
    const limit = bareRun.since((change) => emittedAt[change] ?? 0);
    for (const ms of limit) totals.bare.push(ms);
    await Promise.all(threads.map((thread) => ask(thread, "disconnect", "disconnected")));
    const [r, b] = [percentiles(real), percentiles(limit)];
    roundLines.push(
      `round ${round + 1}: burst ${burstMs.toFixed(0)} ms (${((changes / burstMs) * 1000).toFixed(0)} commits/s), ` +
        `${realRun.frames.length} frames; p99 real ${r.p99.toFixed(1)} ms, bare ${b.p99.toFixed(1)} ms, ratio ${(r.p99 / b.p99).toFixed(2)}×`,
    );
  }
  await Promise.all(threads.map((thread) => thread.terminate()));

  const real = percentiles(totals.real);
  const limit = percentiles(totals.bare);
  const expected = sockets * changes * rounds;
  const figures = (p: ReturnType<typeof percentiles>) =>
    `p50 ${p.p50.toFixed(1).padStart(7)} ms   p95 ${p.p95.toFixed(1).padStart(7)} ms   p99 ${p.p99.toFixed(1).padStart(7)} ms`;
  console.log("");
  console.log(
    `sockets ${sockets} (${threadCount} client threads), ${rounds} rounds of ${changes} changes, writers ${concurrency}`,
  );
  for (const line of roundLines) console.log(line);
  console.log(
    `${"commit → client (outbox, relay, Redis)".padEnd(38)} ${figures(real)}   delivered ${totals.real.length}/${expected}`,
  );
  console.log(`${"  of which commit → on Redis".padEnd(38)} ${figures(percentiles(totals.toRedis))}`);
  console.log(`${"  and on Redis → client".padEnd(38)} ${figures(percentiles(totals.fromRedis))}`);
  console.log(
    `${"bare socket.io broadcast (the limit)".padEnd(38)} ${figures(limit)}   delivered ${totals.bare.length}/${expected}`,
  );
  console.log(
    `ratio p50 ${(real.p50 / limit.p50).toFixed(2)}×   p95 ${(real.p95 / limit.p95).toFixed(2)}×   p99 ${(real.p99 / limit.p99).toFixed(2)}×`,
  );
  console.log(
    `frames per socket ${(frameCount / rounds).toFixed(1)} per ${changes} deltas (deltas that arrive during a pass of the room share the next frame)`,
  );
  relayFeed.disconnect();
  nudges.disconnect();
  await cleanup();
  process.exit(totals.real.length === expected ? 0 : 1);
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

async function connectAll(
  threads: Worker[],
  target: string,
  seatIndex: Record<string, number>,
): Promise<number> {
  const replies = await Promise.all(
    threads.map((thread) => ask(thread, "connect", "connected", { url: target, seatIndex })),
  );
  return replies.reduce((sum, reply) => sum + Number(reply.ok), 0);
}

/** What every client thread stamped, and the frames one socket saw. */
async function collect(threads: Worker[], counts: number[]) {
  const replies = await Promise.all(threads.map((thread) => ask(thread, "collect", "collected")));
  const frames = (replies[0]?.frames as number[][] | undefined) ?? [];
  const received = replies.map((reply) => reply.received as Float64Array);
  /** Per delivery: the moment of receipt minus the moment `startOf` gives for its change. */
  const since = (startOf: (change: number) => number) => {
    const samples: number[] = [];
    received.forEach((stamps, t) => {
      const count = counts[t] ?? 0;
      for (let change = 0; change < changes; change++) {
        const start = startOf(change);
        for (let s = 0; s < count; s++) {
          const at = stamps[change * count + s] ?? 0;
          if (at > 0 && start > 0) samples.push(at - start);
        }
      }
    });
    return samples;
  };
  return { frames, since };
}
