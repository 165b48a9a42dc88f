import type { PairingState, PairOutcome, PrintOutcome } from "@marquee/ui/desktop/bridge";

export type { PairingState, PairOutcome, PrintOutcome };

/**
 * Everything the kiosk page may ask of the desktop shell. Unlike the box office, a kiosk pairs
 * itself only on first run (with an organizer's one-time code) and never unpairs from the
 * screen; staff can also provision it with MARQUEE_DEVICE_KEY.
 */
export interface KioskBridge {
  /** "electron" inside the desktop app, "browser" with the stand-in (development, end-to-end tests). */
  readonly shell: "electron" | "browser";
  /** The API's origin; "" means this page's own origin. */
  getApiUrl(): string;
  getDeviceKey(): Promise<string | null>;
  getPairing(): Promise<PairingState>;
  /** Refused with "already-paired" once the kiosk has a credential. */
  pairTerminal(deviceKey: string): Promise<PairOutcome>;
  printTicket(html: string): Promise<PrintOutcome>;
  printReceipt(html: string): Promise<PrintOutcome>;
}

declare global {
  interface Window {
    /** Set by the preload inside the desktop app; undefined in a plain browser. */
    marquee?: KioskBridge;
  }
}
