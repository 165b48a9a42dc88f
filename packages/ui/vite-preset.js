// Plain JavaScript (typed by vite-preset.d.ts): Vite loads config imports from node_modules
// with Node itself, which cannot run TypeScript on Node 20.
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";

/**
 * The Vite settings every Marquee client shares (web, and the box office and kiosk renderers):
 * React, Tailwind, one copy of the React libraries, and tree-shaking that drops unused zod
 * schemas from @marquee/contracts. Its modules only declare things, so an app that needs
 * formatMoney need not ship every schema and zod with it (about 30 kB gzipped).
 *
 * @returns {import("vite").UserConfig}
 */
export function clientPreset() {
  return {
    plugins: [react(), tailwindcss()],
    resolve: {
      dedupe: ["react", "react-dom", "react-i18next", "i18next", "@tanstack/react-query"],
    },
    build: {
      rolldownOptions: {
        treeshake: {
          moduleSideEffects: (id) => (id.includes("/packages/contracts/src/") ? false : undefined),
        },
      },
    },
  };
}
