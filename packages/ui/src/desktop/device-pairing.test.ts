import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Cipher, createDevicePairing } from "./device-pairing.ts";

const terminalId = "01a212bc-fec7-75b3-9120-abea65b1b8bf";
const deviceKey = `${terminalId}.mqd_demo_kiosk_H6yT1bN4vJ8sD2fG7kW5`;

/** Stands in for the OS keychain: reversible, and visibly not plain text. */
function fakeCipher({ available = true, rotate = false } = {}): Cipher & { encryptions: number } {
  const cipher = {
    encryptions: 0,
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (plain: string) => {
      cipher.encryptions += 1;
      return Buffer.from(Buffer.from(plain).toString("base64").split("").reverse().join(""));
    },
    decryptStringAsync: async (encrypted: Buffer) => ({
      result: Buffer.from(encrypted.toString().split("").reverse().join(""), "base64").toString(),
      shouldReEncrypt: rotate,
    }),
  };
  return cipher;
}

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "marquee-pairing-"));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("device pairing", () => {
  it("starts unpaired", async () => {
    const pairing = createDevicePairing({ directory, cipher: fakeCipher() });
    expect(await pairing.state()).toEqual({ paired: false, encryptionAvailable: true });
    expect(await pairing.deviceKey()).toBeNull();
  });

  it("stores the credential encrypted and reads it back in a new session", async () => {
    const now = () => new Date("2025-06-05T10:00:00Z");
    const outcome = await createDevicePairing({ directory, cipher: fakeCipher(), now }).pair(
      ` ${deviceKey} `,
    );
    expect(outcome).toEqual({
      ok: true,
      pairing: { paired: true, terminalId, pairedAt: "2025-06-05T10:00:00.000Z" },
    });

    const onDisk = await readFile(path.join(directory, "device-credential.bin"), "utf8");
    expect(onDisk).not.toContain("mqd_demo_kiosk");

    const later = createDevicePairing({ directory, cipher: fakeCipher() });
    expect(await later.deviceKey()).toBe(deviceKey);
    expect(await later.state()).toMatchObject({ paired: true, terminalId });
  });

  it("rejects malformed keys and never writes a secret without encryption", async () => {
    expect(await createDevicePairing({ directory, cipher: fakeCipher() }).pair("nope")).toEqual({
      ok: false,
      reason: "invalid-key",
    });
    const noKeychain = createDevicePairing({ directory, cipher: fakeCipher({ available: false }) });
    expect(await noKeychain.pair(deviceKey)).toEqual({ ok: false, reason: "no-encryption" });
    expect(await noKeychain.state()).toEqual({ paired: false, encryptionAvailable: false });
  });

  it("re-encrypts when the keychain rotated its key", async () => {
    await createDevicePairing({ directory, cipher: fakeCipher() }).pair(deviceKey);
    const rotating = fakeCipher({ rotate: true });
    expect(await createDevicePairing({ directory, cipher: rotating }).deviceKey()).toBe(deviceKey);
    expect(rotating.encryptions).toBe(1);
  });

  it("treats a damaged file as unpaired, and forgets on unpair", async () => {
    const pairing = createDevicePairing({ directory, cipher: fakeCipher() });
    await pairing.pair(deviceKey);
    await pairing.unpair();
    expect(await pairing.deviceKey()).toBeNull();
    await writeFile(path.join(directory, "device-credential.bin"), "garbage");
    expect(await pairing.state()).toMatchObject({ paired: false });
  });
});
