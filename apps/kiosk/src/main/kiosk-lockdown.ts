import type { BrowserWindow, Input } from "electron";

export type KeyInput = Pick<Input, "type" | "key" | "control" | "meta" | "alt" | "shift">;

/** Keys that would open developer tools, reload, print, zoom, open or close windows. */
const withModifier = new Set([
  "r",
  "w",
  "q",
  "n",
  "t",
  "p",
  "o",
  "s",
  "l",
  "f",
  "h",
  "m",
  "=",
  "+",
  "-",
  "0",
]);
const devtoolsKeys = new Set(["i", "j", "c"]);

/**
 * Whether a key press must be swallowed on a public kiosk. `platform` decides whether the
 * command modifier is Ctrl or Cmd. Plain typing (letters, digits, Enter, arrows) always passes.
 */
export function isBlockedShortcut(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== "keyDown") return false;
  const key = input.key.toLowerCase();
  const command = platform === "darwin" ? input.meta : input.control;
  if (/^f\d{1,2}$/.test(key)) return true; // F5 reload, F11 full screen, F12 developer tools, ...
  if (command && input.shift && devtoolsKeys.has(key)) return true;
  if (platform === "darwin" && input.meta && input.alt && devtoolsKeys.has(key)) return true;
  if (command && withModifier.has(key)) return true;
  if (input.alt && (key === "arrowleft" || key === "arrowright" || key === "home")) return true; // history
  if (key === "browserback" || key === "browserforward" || key === "browserrefresh") return true;
  return false;
}

/**
 * Turns a window into a kiosk: full screen with no way out through menus, zoom or
 * history. In production, developer tools are disabled and their shortcuts swallowed too.
 */
export function lockDown(
  window: BrowserWindow,
  { production, platform }: { production: boolean; platform: NodeJS.Platform },
) {
  const contents = window.webContents;
  window.setMenu(null);
  window.setKiosk(true);
  window.setFullScreen(true);
  void contents.setVisualZoomLevelLimits(1, 1); // no pinch zoom on the touch screen
  if (!production) return;
  contents.on("before-input-event", (event, input) => {
    if (isBlockedShortcut(input, platform)) event.preventDefault();
  });
  contents.on("devtools-opened", () => contents.closeDevTools());
}
