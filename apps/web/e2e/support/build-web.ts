import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/web */
export const webRoot = fileURLToPath(new URL("../..", import.meta.url));
export const webDist = join(webRoot, "dist");

/** Sources whose change means the built app is stale. */
const sources = [
  join(webRoot, "src"),
  join(webRoot, "public"),
  join(webRoot, "index.html"),
  join(webRoot, "../../packages/ui/src"),
  join(webRoot, "../../packages/seatmap/src"),
  join(webRoot, "../../packages/realtime/src"),
  join(webRoot, "../../packages/contracts/src"),
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Vitest global setup: build the web app once, unless dist is newer than every source. */
export default function buildWebOnce(): void {
  const built = join(webDist, "index.html");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map(newestChange))) return;
  const build = spawnSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
    cwd: webRoot,
    stdio: "inherit",
    // vitest sets NODE_ENV=test, which would make Vite build React's development bundle
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
}
