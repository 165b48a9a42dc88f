import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

/**
 * End-to-end tests: a real API on a fresh database serving the built web app, driven by
 * Debian's Chromium through playwright-core. One API per file; files run one at a time so
 * two browsers never compete for the machine's two cores with another file's browsers.
 */
export default defineProject({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    name: "web-e2e",
    environment: "node",
    include: ["*.test.ts"],
    globalSetup: ["./support/build-web.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
