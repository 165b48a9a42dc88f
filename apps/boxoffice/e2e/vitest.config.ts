import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

/**
 * End-to-end tests of the box office renderer in Chromium: built for the browser (stand-in
 * bridge), served by a real API on a fresh database. Files run one at a time, like the web's.
 */
export default defineProject({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    name: "boxoffice-e2e",
    environment: "node",
    include: ["*.test.ts"],
    globalSetup: ["./support/build-renderer.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
