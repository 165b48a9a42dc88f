import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createTestDatabase, type TestDatabase } from "@marquee/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiProcess, eventually, isolatedEnv, startApiProcess } from "../../test/processes.ts";

const apiRoot = new URL("../..", import.meta.url).pathname;

/** Pids of the live api processes forked by `parent` (Linux /proc). */
function childrenOf(parent: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8");
        const isApi = command.includes("src/entry/server.ts");
        return Number(ppid) === parent && state !== "Z" && isApi ? [Number(entry)] : [];
      } catch {
        return [];
      }
    });
}

let database: TestDatabase;
let server: ApiProcess;
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startApiProcess("server", isolatedEnv(database.url), { API_PROCESSES: "2" });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe("API_PROCESSES", () => {
  it("runs that many api processes on one port, replaces one that dies, and stops them all on SIGTERM", async () => {
    const primary = server.child.pid ?? 0;
    const upLines = () => server.lines.filter((line) => line.includes("Marquee is up")).length;
    await eventually(() => upLines() >= 2, { what: "both api processes up", timeoutMs: 60_000 });
    const first = childrenOf(primary);
    expect(first).toHaveLength(2);
    for (let i = 0; i < 6; i++) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    process.kill(first[0] ?? 0, "SIGKILL");
    await eventually(() => upLines() >= 3, { what: "a replacement api process", timeoutMs: 60_000 });
    const replaced = childrenOf(primary);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(first[0]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await server.stop();
    expect(server.child.exitCode).toBe(0);
    expect(replaced.flatMap((pid) => childrenOf(primary).filter((p) => p === pid))).toEqual([]);
  }, 120_000);

  it("a single api process also finishes gracefully on SIGTERM", async () => {
    const single = await startApiProcess("server", isolatedEnv(database.url));
    expect((await fetch(`${single.url}/readyz`)).status).toBe(200);
    await single.stop();
    expect(single.lines.some((line) => line.includes("shutting down"))).toBe(true);
    expect(single.child.exitCode).toBe(0);
  }, 120_000);

  it("refuses more than one process on embedded PostgreSQL", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/entry/server.ts"], {
      cwd: apiRoot,
      env: { ...process.env, DATABASE_URL: "", API_PROCESSES: "2", SEED_DEMO: "never" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("API_PROCESSES > 1 needs DATABASE_URL");
  }, 70_000);
});
