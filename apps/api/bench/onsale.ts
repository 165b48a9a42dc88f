/**
 * pnpm bench:onsale — an on-sale rush through the real HTTP API.
 *
 * A fresh database with one 5,000-seat show; N concurrent buyers (default 2,000) each hold 1–4
 * seats (most ask for the best available, the rest pick seats near the centre themselves), 30 %
 * walk away, the rest pay through the simulated gateway. Prints throughput, latency percentiles,
 * conflicts and seats sold twice, then the raw PostgreSQL limit of the same hold statement.
 *
 * Flags: --buyers N  --rows R --seats-per-row S  --abandon 0.3  --best 0.7  --think-ms 2000
 * (each paying buyer waits up to think-ms between hold and payment, as people do)
 * --processes P (api processes sharing the port: API_PROCESSES).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { createTestDatabase } from "@marquee/db/testing";
import { sql } from "drizzle-orm";
import { createAccessTokens } from "../src/modules/identity/tokens.ts";
import { createShowScenario, createUsers } from "../test/fixtures/booking.ts";
import { cpuSecondsOfTree, percentiles, postgresCpuSeconds, rawHoldLimit } from "./support.ts";

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    buyers: { type: "string", default: "2000" },
    rows: { type: "string", default: "50" },
    "seats-per-row": { type: "string", default: "100" },
    abandon: { type: "string", default: "0.3" },
    best: { type: "string", default: "0.7" },
    port: { type: "string", default: "3917" },
    "think-ms": { type: "string", default: "2000" },
    processes: { type: "string", default: "1" },
  },
});
const buyers = Number(flags.buyers);
const rows = Number(flags.rows);
const seatsPerRow = Number(flags["seats-per-row"]);
const abandonShare = Number(flags.abandon);
const bestShare = Number(flags.best);
const port = Number(flags.port);
const thinkMs = Number(flags["think-ms"]);
const processes = Number(flags.processes);
const secret = randomBytes(32).toString("hex");

const database = await createTestDatabase();
console.log(`database ${database.name}: building a ${rows * seatsPerRow}-seat show and ${buyers} buyers…`);
const now = new Date();
const scenario = await createShowScenario(database.db, now, { rows, seatsPerRow, startsInHours: 48 });
const users = await createUsers(database.db, buyers);
const tokens = createAccessTokens(secret);
const accessTokens = await Promise.all(users.map((user) => tokens.issue({ userId: user.id, role: "buyer" })));

const server = spawn(
  "node",
  [
    ...(process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []),
    "--import",
    "tsx",
    "src/entry/server.ts",
  ],
  {
    cwd: new URL("..", import.meta.url).pathname,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      AUTH_SECRET: secret,
      SEED_DEMO: "never",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      // One IP plays thousands of buyers here: request quotas would throttle the rush itself.
      RATE_LIMITS: "off",
      API_PROCESSES: String(processes),
    },
    stdio: ["ignore", "inherit", "inherit"],
  },
);
const baseUrl = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${baseUrl}/readyz`)).ok) break;
  } catch {}
  if (i > 100) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 200));
}

/**
 * A lean tRPC-over-HTTP client for the buyers: keep-alive connections and plain JSON, the wire
 * format tRPC's httpLink sends with superjson (inputs here are plain JSON values). Thousands of
 * tRPC clients on the same two cores would weigh on the api they measure; buyers' browsers
 * are each on their own machine.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

class ProcedureError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function mutate<T>(token: string, path: string, input: unknown): Promise<T> {
  const body = JSON.stringify({ json: input });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${baseUrl}/trpc/${path}`,
      {
        method: "POST",
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            const reply = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
              result?: { data?: { json?: T } };
              error?: { json?: { data?: { code?: string }; message?: string } };
            };
            if (reply.result) resolve(reply.result.data?.json as T);
            else reject(new ProcedureError(String(reply.error?.json?.data?.code ?? response.statusCode)));
          } catch (error) {
            reject(error);
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const clientFor = (token: string) => ({
  hold: (input: unknown) => mutate<{ holdId: string }>(token, "inventory.hold", input),
  release: (input: { holdId: string }) => mutate<unknown>(token, "inventory.release", input),
  checkout: (input: unknown) => mutate<{ status: string }>(token, "booking.checkout", input),
});

const centre = scenario.seatIds.length / 2 + seatsPerRow / 2;
const holdLatencies: number[] = [];
const confirmLatencies: number[] = [];
let conflicts = 0;
let holdsTaken = 0;
let confirmed = 0;
let abandoned = 0;
let otherErrors = 0;
const errorCodes = new Map<string, number>();
const noteError = (error: unknown) => {
  otherErrors++;
  const code = error instanceof ProcedureError ? error.code : String(error).slice(0, 80);
  errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
};
let firstHoldAt = Number.POSITIVE_INFINITY;
let lastHoldAt = 0;
let firstCheckoutAt = Number.POSITIVE_INFINITY;
let lastConfirmAt = 0;

async function buyer(index: number) {
  const client = clientFor(accessTokens[index] ?? "");
  const quantity = 1 + Math.floor(Math.random() * 4);
  const started = performance.now();
  firstHoldAt = Math.min(firstHoldAt, started);
  let hold: { holdId: string };
  try {
    if (Math.random() < bestShare) {
      hold = await client.hold({
        showId: scenario.showId,
        tierId: scenario.tierIds[0] ?? "",
        quantity,
      });
    } else {
      // Picks seats in a row near the centre of the house, as people do on a seat map.
      const spread = Math.floor(Math.abs(randomNormal()) * scenario.seatIds.length * 0.15);
      const start = Math.max(
        0,
        Math.min(
          scenario.seatIds.length - quantity,
          Math.round(centre + (Math.random() < 0.5 ? -spread : spread)),
        ),
      );
      hold = await client.hold({
        showId: scenario.showId,
        seatIds: scenario.seatIds.slice(start, start + quantity),
      });
    }
  } catch (error) {
    if (error instanceof ProcedureError && ["SEAT_UNAVAILABLE", "NOT_ENOUGH_SEATS"].includes(error.code))
      conflicts++;
    else noteError(error);
    return;
  } finally {
    const ended = performance.now();
    holdLatencies.push(ended - started);
    lastHoldAt = Math.max(lastHoldAt, ended);
  }
  holdsTaken++;
  if (Math.random() < abandonShare) {
    abandoned++;
    if (Math.random() < 0.5) await client.release({ holdId: hold.holdId }).catch(noteError);
    return;
  }
  // A buyer takes a moment to type their card details before paying.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
  firstCheckoutAt = Math.min(firstCheckoutAt, performance.now());
  try {
    const order = await client.checkout({
      holdId: hold.holdId,
      payment: { gateway: "simulated", cardNumber: "4242424242424242" },
      idempotencyKey: `bench-${index}-${randomBytes(4).toString("hex")}`,
    });
    if (order.status === "confirmed") {
      confirmed++;
      lastConfirmAt = performance.now();
      confirmLatencies.push(lastConfirmAt - started);
    }
  } catch (error) {
    noteError(error);
  }
}

function randomNormal(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

console.log(`on sale: ${buyers} concurrent buyers…`);
// Where the machine's CPU goes during the rush: the api, PostgreSQL, and this load generator.
const [{ pid: backendPid } = { pid: 0 }] = await database.db.execute<{ pid: number }>(
  sql`select pg_backend_pid() as pid`,
);
const cpuNow = async () => ({
  api: await cpuSecondsOfTree(server.pid),
  postgres: await postgresCpuSeconds(backendPid),
  load: process.cpuUsage(),
});
const cpuBefore = await cpuNow();
const startedAt = performance.now();
await Promise.all(Array.from({ length: buyers }, (_, i) => buyer(i)));
const elapsed = (performance.now() - startedAt) / 1000;
const cpuAfter = await cpuNow();
const serverCpu = cpuAfter.api - cpuBefore.api;
const postgresCpu = cpuAfter.postgres - cpuBefore.postgres;
const loadCpuUsage = process.cpuUsage(cpuBefore.load);
const loadCpu = (loadCpuUsage.user + loadCpuUsage.system) / 1e6;

const [double] = await database.db.execute<{ twice: number; mismatched: number }>(sql`
  select
    (select count(*) from (select seat_id from tickets where status = 'valid' group by show_id, seat_id having count(*) > 1) d)::int as twice,
    (select count(*) from tickets t join show_seats ss on ss.show_id = t.show_id and ss.seat_id = t.seat_id
       where t.status = 'valid' and (ss.status <> 'sold' or ss.ticket_id <> t.id))::int as mismatched`);
const holdSeconds = (lastHoldAt - firstHoldAt) / 1000;
const apiHoldsPerSecond = holdsTaken / holdSeconds;
const hold = percentiles(holdLatencies);
const toConfirm = percentiles(confirmLatencies);
const checkoutSeconds = (lastConfirmAt - firstCheckoutAt) / 1000;

server.kill("SIGTERM");
const raw = await rawHoldLimit(database.url, { rows, seatsPerRow, attempts: buyers });

console.log("");
console.log(
  `buyers                 ${buyers} on ${processes} api process${processes > 1 ? "es" : ""} (${Math.round(bestShare * 100)} % best-available, ${Math.round(abandonShare * 100)} % abandon)`,
);
console.log(`wall time              ${elapsed.toFixed(2)} s`);
console.log(
  `holds taken            ${holdsTaken}   conflicts ${conflicts}   other errors ${otherErrors}   abandoned ${abandoned}`,
);
console.log(
  `confirmed orders       ${confirmed} in ${checkoutSeconds.toFixed(2)} s of paying → ${(confirmed / checkoutSeconds).toFixed(0)} confirmed orders/s`,
);
console.log(
  `holds/s (API)          ${apiHoldsPerSecond.toFixed(0)} (${holdsTaken} holds in ${holdSeconds.toFixed(2)} s)`,
);
console.log(
  `hold latency           p50 ${hold.p50.toFixed(0)} ms   p95 ${hold.p95.toFixed(0)} ms   p99 ${hold.p99.toFixed(0)} ms`,
);
console.log(
  `hold→confirm latency   p50 ${toConfirm.p50.toFixed(0)} ms   p95 ${toConfirm.p95.toFixed(0)} ms   p99 ${toConfirm.p99.toFixed(0)} ms`,
);
console.log(
  `api CPU (${processes} process${processes > 1 ? "es" : ""}) ${serverCpu.toFixed(1)} s (${((serverCpu * 1000) / Math.max(1, confirmed)).toFixed(1)} ms per confirmed order, holds and abandons included)`,
);
const perOrder = (seconds: number) => ((seconds * 1000) / Math.max(1, confirmed)).toFixed(1);
const machineCpu = serverCpu + postgresCpu + loadCpu;
console.log(
  `machine CPU per order  ${perOrder(machineCpu)} ms = api ${perOrder(serverCpu)} + postgres ${perOrder(postgresCpu)} + load generator ${perOrder(loadCpu)} (${(machineCpu / elapsed).toFixed(2)} of ${availableParallelism()} cores busy)`,
);
console.log(
  `ceiling at this cost   ${((availableParallelism() * confirmed) / machineCpu).toFixed(0)} confirmed orders/s with every core busy; postgres alone ${((availableParallelism() * confirmed) / postgresCpu).toFixed(0)}/s`,
);
if (errorCodes.size > 0)
  console.log(`other errors by code   ${[...errorCodes].map(([c, n]) => `${c} ×${n}`).join(", ")}`);
console.log(
  `seats sold twice       ${double?.twice ?? "?"}   ticket/seat mismatches ${double?.mismatched ?? "?"}`,
);
console.log(
  `raw DB hold limit      ${raw.holdsPerSecond.toFixed(0)} holds/s (same conditional UPDATE, ${raw.connections} connections, direct SQL)`,
);
console.log(`API / raw              ${((apiHoldsPerSecond / raw.holdsPerSecond) * 100).toFixed(0)} %`);

await database.drop();
process.exit(double?.twice === 0 ? 0 : 1);
