import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "boxoffice",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
