import { fileURLToPath } from "node:url";
import { desktopRendererBuild } from "@marquee/e2e-support/build-once";

/** The box office renderer as a browser page, built once per run unless nothing changed. */
export const renderer = desktopRendererBuild(fileURLToPath(new URL("../..", import.meta.url)));

export default function buildRendererOnce(): void {
  renderer.build();
}
