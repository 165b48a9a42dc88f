import { readdir, readFile } from "node:fs/promises";
import { createDb } from "@marquee/db";
import postgres from "postgres";
import { createShowScenario } from "../test/fixtures/booking.ts";

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/**
 * The database's own ceiling for the hold: the same conditional UPDATE that claims seats, each in
 * its own transaction, from a pool of connections, with no HTTP, tRPC or application code around it.
 */
export async function rawHoldLimit(
  url: string,
  options: { rows: number; seatsPerRow: number; attempts: number; connections?: number },
) {
  const connections = options.connections ?? 8;
  const { db, close } = createDb(url, { max: 2 });
  const scenario = await createShowScenario(db, new Date(), {
    rows: options.rows,
    seatsPerRow: options.seatsPerRow,
  });
  const [hold] = await db.execute<{ id: string }>(
    `insert into holds (id, show_id, channel, expires_at) values (gen_random_uuid(), '${scenario.showId}', 'web', now() + interval '10 minutes') returning id`,
  );
  await close();
  const sql = postgres(url, { max: connections, onnotice: () => {} });
  const seats = scenario.seatIds;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < options.attempts) {
        const quantity = 1 + (next % 4);
        const start = (next * 7919) % Math.max(1, seats.length - quantity);
        next++;
        await sql.begin(
          (tx) => tx`
          update show_seats set status = 'held', hold_id = ${hold?.id ?? null}, held_until = now() + interval '10 minutes'
          where show_id = ${scenario.showId} and seat_id = any(${seats.slice(start, start + quantity)}::uuid[])
            and (status = 'available' or (status = 'held' and held_until <= now()))
            and (channels is null or 'web'::sales_channel = any(channels))
          returning seat_id`,
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await sql.end();
  return { holdsPerSecond: options.attempts / seconds, connections };
}

/** User + system CPU seconds a process and its children have used so far (Linux /proc), 0 if unknown. */
export async function cpuSecondsOfTree(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  const stats = await Promise.all(
    (await readdir("/proc"))
      .filter((entry) => /^\d+$/.test(entry))
      .map((entry) => processStat(Number(entry))),
  );
  return stats
    .filter((stat) => stat && (stat.pid === pid || stat.parent === pid))
    .reduce((sum, stat) => sum + (stat?.cpuSeconds ?? 0), 0);
}

/**
 * CPU seconds PostgreSQL has used so far: the postmaster, its live backends and what the backends
 * that already exited had used (the postmaster's reaped children). `backendPid` is any backend.
 */
export async function postgresCpuSeconds(backendPid: number): Promise<number> {
  const postmaster = (await processStat(backendPid))?.parent;
  if (!postmaster) return 0;
  const own = await processStat(postmaster, { withReaped: true });
  return (own?.cpuSeconds ?? 0) + (await cpuSecondsOfTree(postmaster)) - (own?.ownSeconds ?? 0);
}

async function processStat(pid: number, { withReaped = false } = {}) {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  if (!stat) return null;
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const own = Number(fields[11]) + Number(fields[12]);
  const ticks = withReaped ? own + Number(fields[13]) + Number(fields[14]) : own;
  return {
    pid,
    parent: Number(fields[1]),
    cpuSeconds: Number.isFinite(ticks) ? ticks / 100 : 0,
    ownSeconds: Number.isFinite(own) ? own / 100 : 0,
  };
}
