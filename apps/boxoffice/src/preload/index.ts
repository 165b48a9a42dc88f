import { apiUrlFromArgv, deviceChannels } from "@marquee/ui/desktop/bridge";
import { contextBridge, ipcRenderer } from "electron";
import type { BoxOfficeBridge } from "../shared/bridge.ts";

// main passes the API URL on the command line (webPreferences.additionalArguments)
const apiUrl = apiUrlFromArgv(process.argv) ?? "http://localhost:3000";

const bridge: BoxOfficeBridge = {
  shell: "electron",
  getApiUrl: () => apiUrl,
  getDeviceKey: () => ipcRenderer.invoke(deviceChannels.getDeviceKey),
  getPairing: () => ipcRenderer.invoke(deviceChannels.getPairing),
  pairTerminal: (deviceKey) => ipcRenderer.invoke(deviceChannels.pair, deviceKey),
  unpairTerminal: () => ipcRenderer.invoke(deviceChannels.unpair),
  printReceipt: (html) => ipcRenderer.invoke(deviceChannels.printReceipt, html),
  printTicket: (html) => ipcRenderer.invoke(deviceChannels.printTicket, html),
  renderPdf: (html, kind) => ipcRenderer.invoke(deviceChannels.renderPdf, html, kind),
};

contextBridge.exposeInMainWorld("marquee", bridge);
