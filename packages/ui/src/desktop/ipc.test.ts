import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IpcMain, IpcMainInvokeEvent } from "electron";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deviceChannels, type PairOutcome } from "./bridge.ts";
import { type Cipher, createDevicePairing, type DevicePairing } from "./device-pairing.ts";
import { type DeviceBridgeServices, registerDeviceBridge } from "./ipc.ts";

const origin = "app://kiosk";
const firstKey = "01a212bc-fec7-75b3-9120-abea65b1b8bf.mqd_first_credential_H6yT1bN4";
const secondKey = "0199aa00-fec7-75b3-9120-abea65b1b8bf.mqd_second_credential_K2pQ7wX9";

/** Reversible and visibly not plain text: the OS keychain's stand-in. */
const cipher: Cipher = {
  isAsyncEncryptionAvailable: async () => true,
  encryptStringAsync: async (plain) => Buffer.from(Buffer.from(plain).toString("base64")),
  decryptStringAsync: async (encrypted) => ({
    result: Buffer.from(encrypted.toString(), "base64").toString(),
    shouldReEncrypt: false,
  }),
};

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Electron's ipcMain as far as the bridge uses it: handlers by channel, called as the page would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
  } as unknown as IpcMain;
  const fromPage = { senderFrame: { parent: null, url: `${origin}/index.html` } } as IpcMainInvokeEvent;
  return {
    ipcMain,
    has: (channel: string) => handlers.has(channel),
    call: (channel: string, ...args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(fromPage, ...args);
    },
  };
}

let directory: string;
let pairing: DevicePairing;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "marquee-ipc-"));
  pairing = createDevicePairing({ directory, cipher });
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function bridgeWith(rendererPairing: DeviceBridgeServices["rendererPairing"]) {
  const ipc = fakeIpcMain();
  registerDeviceBridge(ipc.ipcMain, origin, {
    pairing,
    rendererPairing,
    print: async () => ({ ok: true }),
    renderPdf: async () => new Uint8Array(),
  });
  return ipc;
}

describe("the device bridge's pairing rules", () => {
  it("lets a kiosk pair itself once, but never replace or remove its credential from the screen", async () => {
    const ipc = bridgeWith("first-pairing-only");
    expect(ipc.has(deviceChannels.unpair)).toBe(false);
    const first = (await ipc.call(deviceChannels.pair, firstKey)) as PairOutcome;
    expect(first.ok).toBe(true);
    const again = (await ipc.call(deviceChannels.pair, secondKey)) as PairOutcome;
    expect(again).toEqual({ ok: false, reason: "already-paired" });
    expect(await ipc.call(deviceChannels.getDeviceKey)).toBe(firstKey);
  });

  it("lets the box office pair, unpair and pair again", async () => {
    const ipc = bridgeWith("pair-and-unpair");
    expect(((await ipc.call(deviceChannels.pair, firstKey)) as PairOutcome).ok).toBe(true);
    await ipc.call(deviceChannels.unpair);
    expect(await ipc.call(deviceChannels.getDeviceKey)).toBeNull();
    expect(((await ipc.call(deviceChannels.pair, secondKey)) as PairOutcome).ok).toBe(true);
    expect(await ipc.call(deviceChannels.getDeviceKey)).toBe(secondKey);
  });

  it("refuses calls from a frame that is not the app's own page", async () => {
    const stranger = fakeIpcMain();
    registerDeviceBridge(stranger.ipcMain, "app://boxoffice", {
      pairing,
      rendererPairing: "pair-and-unpair",
      print: async () => ({ ok: true }),
      renderPdf: async () => new Uint8Array(),
    });
    // the fake page sits on app://kiosk, which is not this bridge's origin
    expect(() => stranger.call(deviceChannels.getDeviceKey)).toThrow(/outside the app/);
  });
});
