import { parseDeviceKey } from "@marquee/ui/desktop/bridge";
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

/** Tests provision the stand-in kiosk the way staff provision a real one: with a device key. */
const deviceKeyStorage = "marquee.kiosk.standin.deviceKey";

/**
 * The bridge in a plain browser (development and end-to-end tests): the device key comes from
 * localStorage, and printing is recorded on window.marqueeStandin instead of reaching a printer.
 */
export function createStandinBridge(): KioskBridge {
  const record: StandinRecord = { printed: [] };
  window.marqueeStandin = record;
  const key = () => parseDeviceKey(localStorage.getItem(deviceKeyStorage) ?? "");
  return {
    shell: "browser",
    getApiUrl: () => import.meta.env.VITE_MARQUEE_API_URL ?? "http://localhost:3000",
    getDeviceKey: async () => {
      const parsed = key();
      return parsed ? `${parsed.terminalId}.${parsed.secret}` : null;
    },
    getPairing: async (): Promise<PairingState> => {
      const parsed = key();
      return parsed
        ? { paired: true, terminalId: parsed.terminalId, pairedAt: "" }
        : { paired: false, encryptionAvailable: true };
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
