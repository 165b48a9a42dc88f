/** Electron main-process building blocks shared by the box office and the kiosk. */
export {
  appOrigin,
  appScheme,
  contentSecurityPolicy,
  registerAppScheme,
  resolveAppAsset,
  serveRenderer,
} from "./app-protocol.ts";
export * from "./bridge.ts";
export { type DesktopConfig, defaultApiUrl, normalizeApiUrl, readDesktopConfig } from "./config.ts";

export { type Cipher, createDevicePairing, type DevicePairing } from "./device-pairing.ts";
export { type DeviceBridgeServices, registerDeviceBridge } from "./ipc.ts";
export { guardNavigation, isAllowedNavigation } from "./navigation.ts";
export { type PrinterSettings, type PrintKind, pdfPaper, printDocument, renderPdf } from "./printing.ts";
