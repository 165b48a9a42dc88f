import { parseDeviceKey } from "@marquee/ui/desktop/bridge";
import type { BoxOfficeBridge, PairingState } from "../shared/bridge.ts";

/** What the stand-in "printed", for end-to-end tests to inspect. */
export interface StandinRecord {
  printed: { kind: "receipt" | "ticket"; html: string }[];
}

declare global {
  interface Window {
    marqueeStandin?: StandinRecord;
  }
}

const deviceKeyStorage = "marquee.boxoffice.standin.deviceKey";

/**
 * The bridge in a plain browser (development and end-to-end tests). It behaves like the
 * desktop shell except that the device key lives in localStorage, unencrypted, and printing
 * is recorded on window.marqueeStandin instead of reaching a printer.
 */
export function createStandinBridge(): BoxOfficeBridge {
  const record: StandinRecord = { printed: [] };
  window.marqueeStandin = record;
  const storedKey = () => localStorage.getItem(deviceKeyStorage);
  const pairing = (): PairingState => {
    const key = parseDeviceKey(storedKey() ?? "");
    return key
      ? {
          paired: true,
          terminalId: key.terminalId,
          pairedAt: localStorage.getItem(`${deviceKeyStorage}.at`) ?? "",
        }
      : { paired: false, encryptionAvailable: true };
  };

  return {
    shell: "browser",
    getApiUrl: () => import.meta.env.VITE_MARQUEE_API_URL ?? "http://localhost:3000",
    getDeviceKey: async () => (pairing().paired ? storedKey() : null),
    getPairing: async () => pairing(),
    async pairTerminal(deviceKey) {
      const key = parseDeviceKey(deviceKey);
      if (!key) return { ok: false, reason: "invalid-key" };
      localStorage.setItem(deviceKeyStorage, `${key.terminalId}.${key.secret}`);
      localStorage.setItem(`${deviceKeyStorage}.at`, new Date().toISOString());
      return { ok: true, pairing: pairing() };
    },
    async unpairTerminal() {
      localStorage.removeItem(deviceKeyStorage);
      localStorage.removeItem(`${deviceKeyStorage}.at`);
    },
    async printReceipt(html) {
      record.printed.push({ kind: "receipt", html });
      return { ok: true };
    },
    async printTicket(html) {
      record.printed.push({ kind: "ticket", html });
      return { ok: true };
    },
    async renderPdf() {
      throw new Error("PDF rendering needs the desktop app.");
    },
  };
}
