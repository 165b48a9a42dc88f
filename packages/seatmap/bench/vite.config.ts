import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Builds the harness page (bench/index.html) that the benchmark and the browser test load. */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
  mode: "production",
  logLevel: "warn",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
