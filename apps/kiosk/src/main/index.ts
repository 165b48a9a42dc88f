import path from "node:path";
import {
  appOrigin,
  createDevicePairing,
  guardNavigation,
  printDocument,
  readDesktopConfig,
  registerAppScheme,
  registerDeviceBridge,
  renderPdf,
  serveRenderer,
} from "@marquee/ui/desktop";
import { app, ipcMain, Menu, net, powerSaveBlocker, protocol, safeStorage, session } from "electron";
import { lockDown } from "./kiosk-lockdown.ts";
import { createKioskWindow } from "./window.ts";

const host = "kiosk";
const config = readDesktopConfig(process.env, process.argv);
/** Set by `electron-vite dev`: the renderer then comes from the Vite dev server. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const origin = devServerUrl ? new URL(devServerUrl).origin : appOrigin(host);
const production = app.isPackaged;

registerAppScheme(protocol);
app.enableSandbox();
Menu.setApplicationMenu(null);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("web-contents-created", (_event, contents) => guardNavigation(contents, origin));
  app.on("window-all-closed", () => app.quit());
  void app.whenReady().then(start);
}

async function start() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  if (!devServerUrl) {
    serveRenderer({
      protocol,
      net,
      rendererDir: path.join(import.meta.dirname, "../renderer"),
      host,
      apiUrl: config.apiUrl,
    });
  }

  // staff provision a kiosk (MARQUEE_DEVICE_KEY or --device-key=) or pair it once from its first-run screen
  const pairing = createDevicePairing({ directory: app.getPath("userData"), cipher: safeStorage });
  if (config.provisionDeviceKey) await pairing.pair(config.provisionDeviceKey);
  registerDeviceBridge(ipcMain, origin, {
    pairing,
    print: (html, kind) => printDocument(html, kind, config.printers),
    renderPdf,
    rendererPairing: "first-pairing-only",
  });

  const window = createKioskWindow({
    url: devServerUrl ?? `${origin}/index.html`,
    preload: path.join(import.meta.dirname, "../preload/index.cjs"),
    apiUrl: config.apiUrl,
    production,
  });
  lockDown(window, { production, platform: process.platform });
  powerSaveBlocker.start("prevent-display-sleep"); // the attract screen stays on all day
}
