import type { PairingState, PairOutcome, PrintOutcome } from "@marquee/ui/desktop/bridge";

export type { PairingState, PairOutcome, PrintOutcome };

/**
 * Everything the box office page may ask of the desktop shell. The preload implements it over
 * named IPC channels; in a plain browser bridge-standin.ts does. Nothing else crosses over.
 */
export interface BoxOfficeBridge {
  /** "electron" inside the desktop app, "browser" with the stand-in (development, end-to-end tests). */
  readonly shell: "electron" | "browser";
  /** The API's origin, e.g. "https://api.venue.example"; "" means this page's own origin. */
  getApiUrl(): string;
  /** `<terminalId>.<secret>` for the X-Marquee-Device header, or null before pairing. */
  getDeviceKey(): Promise<string | null>;
  getPairing(): Promise<PairingState>;
  pairTerminal(deviceKey: string): Promise<PairOutcome>;
  unpairTerminal(): Promise<void>;
  printReceipt(html: string): Promise<PrintOutcome>;
  printTicket(html: string): Promise<PrintOutcome>;
  renderPdf(html: string, kind: "receipt" | "ticket"): Promise<Uint8Array>;
}

declare global {
  interface Window {
    /** Set by the preload inside the desktop app; undefined in a plain browser. */
    marquee?: BoxOfficeBridge;
  }
}
