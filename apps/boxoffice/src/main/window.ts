import { apiUrlSwitch } from "@marquee/ui/desktop";
import { BrowserWindow } from "electron";

/** The counter window: a normal, resizable desktop window, locked down like every Marquee window. */
export function createCounterWindow({
  url,
  preload,
  apiUrl,
}: {
  url: string;
  preload: string;
  apiUrl: string;
}) {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: "Marquee Box Office",
    backgroundColor: "#f9f9fb",
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      additionalArguments: [`${apiUrlSwitch}${apiUrl}`],
    },
  });
  window.once("ready-to-show", () => window.show());
  void window.loadURL(url);
  return window;
}
