import { clientPreset } from "@marquee/ui/vite-preset";
import { defineConfig, mergeConfig } from "vite";

const apiTarget = process.env.MARQUEE_API_URL ?? "http://localhost:3000";

export default defineConfig(
  mergeConfig(clientPreset(), {
    server: {
      port: 5173,
      proxy: {
        "/trpc": { target: apiTarget, changeOrigin: true },
        "/socket.io": { target: apiTarget, ws: true, changeOrigin: true },
      },
    },
    preview: {
      port: 4173,
      proxy: { "/trpc": { target: apiTarget, changeOrigin: true } },
    },
    build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  }),
);
