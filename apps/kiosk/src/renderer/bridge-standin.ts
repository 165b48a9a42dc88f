import { formatDeviceKey, parseDeviceKey } from "@marquee/ui/desktop/bridge";
import type { KioskBridge, PairingState } from "../shared/bridge.ts";

/** What the stand-in "printed", for end-to-end tests to inspect. */
export interface StandinRecord {
  printed: { kind: "receipt" | "ticket"; html: string }[];
}

declare global {
  interface Window {
    marqueeStandin?: StandinRecord;
  }
}

/** Tests provision the stand-in kiosk as staff provision a real one (a device key), or pair it on screen. */
const deviceKeyStorage = "marquee.kiosk.standin.deviceKey";

/**
 * The bridge in a plain browser (development and end-to-end tests): the device key lives in
 * localStorage, and printing is recorded on window.marqueeStandin instead of reaching a printer.
 * Like the desktop shell, it pairs only a kiosk that has no credential yet.
 */
export function createStandinBridge(): KioskBridge {
  const record: StandinRecord = { printed: [] };
  window.marqueeStandin = record;
  const key = () => parseDeviceKey(localStorage.getItem(deviceKeyStorage) ?? "");
  const pairing = (): PairingState => {
    const parsed = key();
    return parsed
      ? {
          paired: true,
          terminalId: parsed.terminalId,
          pairedAt: localStorage.getItem(`${deviceKeyStorage}.at`) ?? "",
        }
      : { paired: false, encryptionAvailable: true };
  };
  return {
    shell: "browser",
    getApiUrl: () => import.meta.env.VITE_MARQUEE_API_URL ?? "http://localhost:3000",
    getDeviceKey: async () => {
      const parsed = key();
      return parsed ? formatDeviceKey(parsed) : null;
    },
    getPairing: async () => pairing(),
    async pairTerminal(deviceKey) {
      if (key()) return { ok: false, reason: "already-paired" };
      const parsed = parseDeviceKey(deviceKey);
      if (!parsed) return { ok: false, reason: "invalid-key" };
      localStorage.setItem(deviceKeyStorage, formatDeviceKey(parsed));
      localStorage.setItem(`${deviceKeyStorage}.at`, new Date().toISOString());
      return { ok: true, pairing: pairing() };
    },
    async printTicket(html) {
      record.printed.push({ kind: "ticket", html });
      return { ok: true };
    },
    async printReceipt(html) {
      record.printed.push({ kind: "receipt", html });
      return { ok: true };
    },
  };
}
