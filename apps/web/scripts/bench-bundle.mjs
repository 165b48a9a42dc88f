#!/usr/bin/env node
// pnpm --filter @marquee/web bench:bundle — builds the storefront and prints what a first visit
// downloads: the entry module and everything it statically imports (the modulepreload links),
// gzipped, against the 200 KB budget; then the largest lazily loaded chunks.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

if (!process.argv.includes("--no-build")) {
  const build = spawnSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const entryFiles = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
].map((match) => match[1]);
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rawKb = (file) => readFileSync(join(dist, file)).length / 1024;
const fmt = (kb) => `${kb.toFixed(1).padStart(7)} KB`;

console.log("\nentry JavaScript (first visit)");
let entryTotal = 0;
for (const file of entryFiles) {
  const kb = gzipKb(file);
  entryTotal += kb;
  console.log(`  ${fmt(kb)} gzip ${fmt(rawKb(file))} raw  ${file}`);
}
const css = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".css"));
const cssKb = css.reduce((sum, file) => sum + gzipKb(join("assets", file)), 0);

const lazy = readdirSync(join(dist, "assets"))
  .filter((file) => file.endsWith(".js") && !entryFiles.includes(`assets/${file}`))
  .map((file) => ({ file, kb: gzipKb(join("assets", file)) }))
  .sort((a, b) => b.kb - a.kb);
console.log("\nlargest lazy chunks");
for (const { file, kb } of lazy.slice(0, 8)) console.log(`  ${fmt(kb)} gzip  assets/${file}`);

console.log(`\nentry JS gzipped: ${entryTotal.toFixed(1)} KB of ${BUDGET_KB} KB budget`);
console.log(`CSS gzipped: ${cssKb.toFixed(1)} KB; lazy chunks: ${lazy.length}`);
process.exit(entryTotal <= BUDGET_KB ? 0 : 1);
