import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PairingState, PairOutcome } from "./bridge.ts";
import { type DeviceKey, formatDeviceKey, parseDeviceKey } from "./device-key.ts";

/** The slice of Electron's safeStorage that pairing needs (a fake in tests). */
export interface Cipher {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

interface StoredCredential {
  deviceKey: string;
  pairedAt: string;
}

export interface DevicePairing {
  state(): Promise<PairingState>;
  /** `<terminalId>.<secret>` for the X-Marquee-Device header, or null when not paired. */
  deviceKey(): Promise<string | null>;
  pair(deviceKey: string): Promise<PairOutcome>;
  unpair(): Promise<void>;
}

/**
 * Keeps this terminal's credential in userData, encrypted with the OS keychain through
 * safeStorage. It refuses to store the secret when no encryption is available rather than
 * writing it in the clear. (On Linux without a keyring safeStorage may fall back to a
 * hard-coded key, "basic_text": production terminals need a keyring.)
 */
export function createDevicePairing({
  directory,
  cipher,
  now = () => new Date(),
}: {
  directory: string;
  cipher: Cipher;
  now?: () => Date;
}): DevicePairing {
  const file = path.join(directory, "device-credential.bin");

  async function read(): Promise<(StoredCredential & { key: DeviceKey }) | null> {
    let encrypted: Buffer;
    try {
      encrypted = await readFile(file);
    } catch {
      return null;
    }
    try {
      const { result, shouldReEncrypt } = await cipher.decryptStringAsync(encrypted);
      const stored = JSON.parse(result) as StoredCredential;
      const key = parseDeviceKey(stored.deviceKey);
      if (!key) return null;
      if (shouldReEncrypt) await write(stored);
      return { ...stored, key };
    } catch {
      return null; // unreadable (keychain changed, file damaged): the terminal must be paired again
    }
  }

  async function write(credential: StoredCredential) {
    await mkdir(directory, { recursive: true });
    const encrypted = await cipher.encryptStringAsync(JSON.stringify(credential));
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, encrypted, { mode: 0o600 });
    await rename(temporary, file); // never leave a half-written credential behind
  }

  return {
    async state() {
      const stored = await read();
      if (stored) return { paired: true, terminalId: stored.key.terminalId, pairedAt: stored.pairedAt };
      return { paired: false, encryptionAvailable: await cipher.isAsyncEncryptionAvailable() };
    },
    async deviceKey() {
      const stored = await read();
      return stored ? formatDeviceKey(stored.key) : null;
    },
    async pair(input) {
      const key = parseDeviceKey(input);
      if (!key) return { ok: false, reason: "invalid-key" };
      if (!(await cipher.isAsyncEncryptionAvailable())) return { ok: false, reason: "no-encryption" };
      const pairedAt = now().toISOString();
      await write({ deviceKey: formatDeviceKey(key), pairedAt });
      return { ok: true, pairing: { paired: true, terminalId: key.terminalId, pairedAt } };
    },
    async unpair() {
      await rm(file, { force: true });
    },
  };
}
