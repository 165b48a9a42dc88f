import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webDist } from "./build-web.ts";

/**
 * A private copy of the built web app for one test file's API. Several people (and runs) share
 * this machine's apps/web/dist: a rebuild there mid-run replaces the lazy chunks a running page
 * still asks for, and the page goes blank. A copy taken once, complete, cannot change under a test.
 */
export async function snapshotWebBuild(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "marquee-web-"));
  for (let attempt = 0; attempt < 30; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(join(webDist, "index.html"))) {
      cpSync(webDist, dir, { recursive: true });
      if (isComplete(dir)) return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a build is being written
  }
  throw new Error(`no complete web build in ${webDist}`);
}

/** index.html is there and so is every asset it names. */
function isComplete(dir: string): boolean {
  const index = join(dir, "index.html");
  if (!existsSync(index)) return false;
  const assets = readFileSync(index, "utf8").match(/\/assets\/[^"'\s)]+/g) ?? [];
  return assets.every((asset) => existsSync(join(dir, asset)));
}
