import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildOnce, clientPackageSources } from "@marquee/e2e-support/build-once";

/** apps/web */
export const webRoot = fileURLToPath(new URL("../..", import.meta.url));
export const webDist = join(webRoot, "dist");

/** Vitest global setup: build the web app once, unless dist is newer than every source. */
export default function buildWebOnce(): void {
  buildOnce({
    root: webRoot,
    dist: webDist,
    sources: [
      join(webRoot, "src"),
      join(webRoot, "public"),
      join(webRoot, "index.html"),
      ...clientPackageSources,
    ],
  });
}
