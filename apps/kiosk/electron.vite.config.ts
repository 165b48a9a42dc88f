import { clientPreset } from "@marquee/ui/vite-preset";
import { defineConfig } from "electron-vite";

export default defineConfig({
  main: {
    // @marquee/ui ships TypeScript source: bundle it instead of requiring it at run time
    build: { externalizeDeps: { exclude: ["@marquee/ui"] } },
  },
  preload: {
    // a sandboxed preload can only require("electron"): bundle everything, as CommonJS
    build: { externalizeDeps: false, rolldownOptions: { output: { format: "cjs" } } },
  },
  renderer: clientPreset(),
});
