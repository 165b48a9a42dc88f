import { clientPreset } from "@marquee/ui/vite-preset";
import { defineConfig, mergeConfig } from "vite";

/**
 * The renderer on its own, in a plain browser with the stand-in bridge: `pnpm renderer:dev`.
 * This is how the end-to-end tests drive the kiosk. /trpc is proxied to the API, so
 * `VITE_MARQUEE_API_URL=` (empty: same origin) avoids needing CORS on the API.
 */
const apiTarget = process.env.MARQUEE_API_URL ?? "http://localhost:3000";

export default defineConfig(
  mergeConfig(clientPreset(), {
    root: "src/renderer",
    base: "./",
    server: { port: 5175, strictPort: true, proxy: { "/trpc": { target: apiTarget, changeOrigin: true } } },
    preview: { port: 4175, strictPort: true, proxy: { "/trpc": { target: apiTarget, changeOrigin: true } } },
    build: { outDir: "../../dist/renderer", emptyOutDir: true, target: "es2022" },
  }),
);
