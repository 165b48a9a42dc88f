import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * Real api processes for tests that need more than one: `server` and `worker` roles started the
 * way production starts them, against the test's database and Redis, with their own BullMQ and
 * socket.io channel prefixes so parallel test files never hear each other.
 */

const apiRoot = new URL("..", import.meta.url).pathname;

export interface ProcessEnv {
  DATABASE_URL: string;
  AUTH_SECRET: string;
  [name: string]: string;
}

/** Environment shared by every process of one test file. */
export function isolatedEnv(databaseUrl: string, extra: Record<string, string> = {}): ProcessEnv {
  const run = randomBytes(4).toString("hex");
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    REDIS_PREFIX: `test-${run}`,
    // A job whose worker a test kills is handed on after 5 s rather than 30.
    JOB_LOCK_MS: "5000",
    SEED_DEMO: "never",
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    // Mail written as files (no SMTP_URL) lands here, not in the working tree.
    DATA_DIR: mkdtempSync(join(tmpdir(), "marquee-test-")),
    ...extra,
  };
}

export interface ApiProcess {
  role: "server" | "worker";
  child: ChildProcess;
  /** For a server: its base URL. */
  url: string;
  /** Log lines seen so far (JSON from pino, or anything else the process printed). */
  lines: string[];
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM and wait for the exit (graceful shutdown). */
  stop(): Promise<void>;
  /** SIGKILL: the process dies wherever it is. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startApiProcess(
  role: "server" | "worker",
  env: ProcessEnv,
  extra: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = role === "server" ? await freePort() : 0;
  const child = spawn(process.execPath, ["--import", "tsx", `src/entry/${role}.ts`], {
    cwd: apiRoot,
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port), ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      lines.push(line);
      if (process.env.TEST_PROCESS_LOGS) console.log(`[${role}:${child.pid}] ${line}`);
      for (const waiter of waiters)
        if (waiter.pattern.test(line)) {
          waiters.delete(waiter);
          waiter.resolve(line);
        }
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const waitForLog = (pattern: RegExp, timeoutMs = 30_000) => {
    const seen = lines.find((line) => pattern.test(line));
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const waiter = { pattern, resolve };
      waiters.add(waiter);
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`${role} never logged ${pattern}; last lines:\n${lines.slice(-20).join("\n")}`));
      }, timeoutMs);
      void exited.then((code) => {
        if (!waiters.has(waiter)) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        reject(
          new Error(`${role} exited (${code}) before logging ${pattern}:\n${lines.slice(-20).join("\n")}`),
        );
      });
      const original = waiter.resolve;
      waiter.resolve = (line) => {
        clearTimeout(timer);
        original(line);
      };
    });
  };

  const url = `http://127.0.0.1:${port}`;
  await waitForLog(role === "server" ? /Marquee is up/ : /worker started/, 60_000);
  const exit = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return { role, child, url, lines, waitForLog, stop: () => exit("SIGTERM"), kill: () => exit("SIGKILL") };
}

/** Polls until `check` returns a value other than undefined/false, or fails after the timeout. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${options.what ?? "a condition"}${last ? `: ${String(last)}` : ""}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
