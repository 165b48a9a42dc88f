import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "apps/web/e2e", "apps/boxoffice/e2e", "apps/kiosk/e2e"],
  },
});
