import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { seedDemoCatalog } from "@marquee/db/seed";
import { createTestDatabase, type TestDatabase } from "@marquee/db/testing";

const apiRoot = fileURLToPath(new URL("../../../apps/api", import.meta.url));

export interface RunningApi {
  baseUrl: string;
  database: TestDatabase;
  /** A tRPC query over plain HTTP, as any client would send it. */
  query<T>(path: string, input: unknown, token?: string): Promise<T>;
  /** A tRPC mutation over plain HTTP. */
  mutate<T>(path: string, input: unknown, token?: string): Promise<T>;
  stop(): Promise<void>;
}

function authorization(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function callProcedure<T>(path: string, url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
  if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
  return body.result.data.json;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export interface StartApiOptions {
  /**
   * The built client the API serves at `/` (its `WEB_DIST`): the web app when left out, or a
   * box office / kiosk renderer built for the browser, which then talks to the API on its own origin.
   */
  staticDir?: string;
  /** Extra environment for the API process. */
  env?: Record<string, string>;
}

/**
 * A fresh database with the demo catalog, and the real API serving a built client: both
 * process roles in one (`pnpm start`), since live seat changes travel from the worker's outbox
 * relay to the server's sockets.
 */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const database = await createTestDatabase();
  await seedDemoCatalog(database.db);
  const port = await freePort();
  const run = randomBytes(4).toString("hex");
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn("node", ["--import", "tsx", "src/entry/start.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      AUTH_SECRET: randomBytes(32).toString("hex"),
      SEED_DEMO: "never",
      LOG_LEVEL: "warn",
      ...(options.staticDir ? { WEB_DIST: options.staticDir } : {}),
      // Jobs, socket.io and seat deltas of this api stay apart from every other api on this Redis.
      REDIS_PREFIX: `e2e-${run}`,
      ...options.env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exited = false;
  server.on("exit", () => {
    exited = true;
  });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error("the API exited while starting");
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the API did not become ready within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseUrl,
    database,
    query<T>(path: string, input: unknown, token?: string) {
      const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return callProcedure<T>(path, url, { headers: authorization(token) });
    },
    mutate<T>(path: string, input: unknown, token?: string) {
      return callProcedure<T>(path, `${baseUrl}/trpc/${path}`, {
        method: "POST",
        headers: { ...authorization(token), "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
    },
    async stop() {
      if (!exited) {
        const gone = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (!exited) server.kill("SIGKILL");
      }
      await database.drop();
    },
  };
}
