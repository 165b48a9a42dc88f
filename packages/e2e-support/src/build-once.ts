import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The shared client packages: a change in any of them makes every built client stale. */
export const clientPackageSources = ["ui", "seatmap", "realtime", "contracts"].map((name) =>
  join(repoRoot, "packages", name, "src"),
);

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export interface ViteBuild {
  /** Where `vite build` runs. */
  root: string;
  /** The built app; `index.html` in it dates the build. */
  dist: string;
  /** Files and folders whose change means the build is stale. */
  sources: string[];
  /** Extra `vite build` arguments. */
  args?: string[];
  /** Extra environment, e.g. `VITE_*` settings baked into the build. */
  env?: Record<string, string>;
}

/** Builds a client with Vite, unless its build is newer than every source. For vitest global setup. */
export function buildOnce({ root, dist, sources, args = [], env = {} }: ViteBuild): void {
  const built = join(dist, "index.html");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map(newestChange))) return;
  const build = spawnSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn", ...args], {
    cwd: root,
    stdio: "inherit",
    // vitest sets NODE_ENV=test, which would make Vite build React's development bundle
    env: { ...process.env, NODE_ENV: "production", ...env },
  });
  if (build.status !== 0) throw new Error(`vite build failed in ${root} (exit ${build.status})`);
}

/**
 * A desktop app's renderer built for a plain browser (it then uses its stand-in bridge), to be
 * served by the API (`startApi({ staticDir })`) and so call it on its own origin. Built into
 * `dist/e2e-renderer`, apart from the renderer the desktop app ships.
 */
export function desktopRendererBuild(appRoot: string): { dist: string; build(): void } {
  const dist = join(appRoot, "dist", "e2e-renderer");
  return {
    dist,
    build: () =>
      buildOnce({
        root: appRoot,
        dist,
        sources: [join(appRoot, "src", "renderer"), join(appRoot, "src", "shared"), ...clientPackageSources],
        args: ["--config", "vite.renderer.config.ts", "--outDir", dist, "--emptyOutDir"],
        env: { VITE_MARQUEE_API_URL: "" },
      }),
  };
}
