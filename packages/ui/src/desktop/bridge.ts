/**
 * What the box office and kiosk preloads share with the main process: the IPC channel names
 * (one per bridge function: there is no generic channel) and the shapes that cross it.
 * Safe to import from a sandboxed preload and from the renderer: no Node or Electron imports.
 */
export const deviceChannels = {
  getDeviceKey: "marquee:device:get-key",
  getPairing: "marquee:device:get-pairing",
  pair: "marquee:device:pair",
  unpair: "marquee:device:unpair",
  printReceipt: "marquee:print:receipt",
  printTicket: "marquee:print:ticket",
  renderPdf: "marquee:print:pdf",
} as const;

export type PairingState =
  | { paired: false; encryptionAvailable: boolean }
  | { paired: true; terminalId: string; pairedAt: string };

export type PrintOutcome = { ok: true } | { ok: false; reason: string };

export type PairOutcome =
  | { ok: true; pairing: PairingState }
  | { ok: false; reason: "invalid-key" | "no-encryption" | "already-paired" };

/** The command-line switch through which main hands the API URL to the preload. */
export const apiUrlSwitch = "--marquee-api-url=";

export function apiUrlFromArgv(argv: readonly string[]): string | null {
  const arg = argv.find((value) => value.startsWith(apiUrlSwitch));
  return arg ? arg.slice(apiUrlSwitch.length) : null;
}

export { type DeviceKey, formatDeviceKey, parseDeviceKey } from "./device-key.ts";
