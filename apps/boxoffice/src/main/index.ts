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
import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session } from "electron";
import { createCounterWindow } from "./window.ts";

const host = "boxoffice";
const config = readDesktopConfig(process.env, process.argv);
/** Set by `electron-vite dev`: the renderer then comes from the Vite dev server. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const origin = devServerUrl ? new URL(devServerUrl).origin : appOrigin(host);

registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  // every web contents, including ones we never meant to create, stays on the app
  app.on("web-contents-created", (_event, contents) => guardNavigation(contents, origin));
  app.on("window-all-closed", () => app.quit());
  void app.whenReady().then(start);
}

async function start() {
  // the counter needs no camera, microphone, location or notifications (yet): deny them all
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

  const pairing = createDevicePairing({ directory: app.getPath("userData"), cipher: safeStorage });
  if (config.provisionDeviceKey) await pairing.pair(config.provisionDeviceKey);
  registerDeviceBridge(ipcMain, origin, {
    pairing,
    print: (html, kind) => printDocument(html, kind, config.printers),
    renderPdf,
    rendererPairing: "pair-and-unpair",
  });

  createCounterWindow({
    url: devServerUrl ?? `${origin}/index.html`,
    preload: path.join(import.meta.dirname, "../preload/index.cjs"),
    apiUrl: config.apiUrl,
  });
}
