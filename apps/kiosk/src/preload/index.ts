import { apiUrlFromArgv, deviceChannels } from "@marquee/ui/desktop/bridge";
import { contextBridge, ipcRenderer } from "electron";
import type { KioskBridge } from "../shared/bridge.ts";

// main passes the API URL on the command line (webPreferences.additionalArguments)
const apiUrl = apiUrlFromArgv(process.argv) ?? "http://localhost:3000";

const bridge: KioskBridge = {
  shell: "electron",
  getApiUrl: () => apiUrl,
  getDeviceKey: () => ipcRenderer.invoke(deviceChannels.getDeviceKey),
  getPairing: () => ipcRenderer.invoke(deviceChannels.getPairing),
  pairTerminal: (deviceKey) => ipcRenderer.invoke(deviceChannels.pair, deviceKey),
  printTicket: (html) => ipcRenderer.invoke(deviceChannels.printTicket, html),
  printReceipt: (html) => ipcRenderer.invoke(deviceChannels.printReceipt, html),
};

contextBridge.exposeInMainWorld("marquee", bridge);
