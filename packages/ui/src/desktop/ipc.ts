import type { IpcMain, IpcMainInvokeEvent } from "electron";
import { deviceChannels, type PairingState, type PairOutcome, type PrintOutcome } from "./bridge.ts";
import type { DevicePairing } from "./device-pairing.ts";
import { isAllowedNavigation } from "./navigation.ts";
import type { PrintKind } from "./printing.ts";

export interface DeviceBridgeServices {
  pairing: DevicePairing;
  print(html: string, kind: PrintKind): Promise<PrintOutcome>;
  renderPdf(html: string, kind: PrintKind): Promise<Uint8Array>;
  /**
   * What the page may do with the credential. The box office pairs and unpairs from its screen
   * (unpairing is for organizers, behind a confirmation). A kiosk may only pair itself on first
   * run, while it has no credential: a customer at its screen can never remove or replace one.
   */
  rendererPairing: "pair-and-unpair" | "first-pairing-only";
}

/**
 * One handler per bridge function. Each checks that the call comes from our own page (not an
 * iframe or a page navigated elsewhere) before touching the credential or a printer.
 */
export function registerDeviceBridge(
  ipcMain: IpcMain,
  appOrigin: string,
  services: DeviceBridgeServices,
): void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAllowedNavigation(frame.url, appOrigin)) {
      throw new Error("Refused: bridge call from outside the app.");
    }
  };
  const handle = <Args extends unknown[], Result>(
    channel: string,
    handler: (...args: Args) => Promise<Result>,
  ) => {
    ipcMain.handle(channel, (event, ...args) => {
      trusted(event);
      return handler(...(args as Args));
    });
  };

  handle(deviceChannels.getDeviceKey, () => services.pairing.deviceKey());
  handle(deviceChannels.getPairing, (): Promise<PairingState> => services.pairing.state());
  handle(deviceChannels.printReceipt, (html: unknown) => services.print(String(html), "receipt"));
  handle(deviceChannels.printTicket, (html: unknown) => services.print(String(html), "ticket"));
  handle(deviceChannels.renderPdf, (html: unknown, kind: unknown) =>
    services.renderPdf(String(html), kind === "ticket" ? "ticket" : "receipt"),
  );
  handle(deviceChannels.pair, async (key: unknown): Promise<PairOutcome> => {
    if (services.rendererPairing === "first-pairing-only" && (await services.pairing.state()).paired) {
      return { ok: false, reason: "already-paired" };
    }
    return services.pairing.pair(String(key));
  });
  if (services.rendererPairing === "pair-and-unpair") {
    handle(deviceChannels.unpair, () => services.pairing.unpair());
  }
}
