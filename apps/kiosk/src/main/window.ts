import { apiUrlSwitch } from "@marquee/ui/desktop";
import { BrowserWindow } from "electron";

/** The kiosk's one window. Developer tools exist only outside production. */
export function createKioskWindow({
  url,
  preload,
  apiUrl,
  production,
}: {
  url: string;
  preload: string;
  apiUrl: string;
  production: boolean;
}) {
  const window = new BrowserWindow({
    width: 1080,
    height: 1920,
    show: false,
    kiosk: true,
    fullscreen: true,
    frame: false,
    title: "Marquee Kiosk",
    backgroundColor: "#0d0a1f",
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      devTools: !production,
      additionalArguments: [`${apiUrlSwitch}${apiUrl}`],
    },
  });
  window.once("ready-to-show", () => window.show());
  void window.loadURL(url);
  return window;
}
