/**
 * A terminal's credential: `<terminalId>.<secret>`, sent as `X-Marquee-Device`. The terminal id
 * is a UUID; the secret is a long random token without dots (the API splits on the first dot).
 */
export interface DeviceKey {
  terminalId: string;
  secret: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const secret = /^[A-Za-z0-9_-]{16,256}$/;

export function parseDeviceKey(input: string): DeviceKey | null {
  const trimmed = input.trim();
  const dot = trimmed.indexOf(".");
  if (dot < 0) return null;
  const key = { terminalId: trimmed.slice(0, dot).toLowerCase(), secret: trimmed.slice(dot + 1) };
  return uuid.test(key.terminalId) && secret.test(key.secret) ? key : null;
}

export function formatDeviceKey(key: DeviceKey): string {
  return `${key.terminalId}.${key.secret}`;
}
