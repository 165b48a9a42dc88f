import { createHmac } from "node:crypto";
import type { RunningApi } from "./api-server.ts";

/** The demo accounts' password and the organizer's published two-step secret (README, "Demo accounts"). */
export const demoPassword = "marquee-demo";
const demoTotpSecret = "MARQUEEDEMOSECRETONLYFORTHEDEMO2";

/**
 * The API's environment for tests that sign the demo organizer in: enrol the organizer and admin
 * in two-step verification with the demo secret, as `pnpm start` does (the database is seeded).
 */
export const demoTwoStepEnv = { SEED_DEMO: "auto" } as const;

function base32Bytes(secret: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const character of secret.replace(/=+$/, "")) {
    const value = alphabet.indexOf(character.toUpperCase());
    if (value < 0) throw new Error(`not base32: ${character}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => Number.parseInt(byte, 2)));
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) an authenticator app shows for `secret` at `at`. */
export function totp(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac("sha1", base32Bytes(secret)).update(counter).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0x0f;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** The demo organizer's access token (the API must run with `demoTwoStepEnv`). Once per 30 s: codes are single-use. */
export async function organizerToken(api: RunningApi): Promise<string> {
  const session = await api.mutate<{ accessToken: string }>("auth.login", {
    email: "organizer@marquee.test",
    password: demoPassword,
    otp: totp(demoTotpSecret),
  });
  return session.accessToken;
}
