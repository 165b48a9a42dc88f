import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "kiosk",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
