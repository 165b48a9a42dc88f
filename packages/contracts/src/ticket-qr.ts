/**
 * The QR on a ticket: `MQ1.<payload>.<signature>`, both base64url. The payload is compact JSON;
 * the signature is Ed25519 by the venue's key, so a scanner holding the venue's public keys
 * verifies a ticket with no network. Runs in browsers and Node (WebCrypto).
 */
export interface TicketQrPayload {
  /** Signing key id (the venue's key). */
  k: string;
  /** Ticket code. */
  t: string;
  /** Show id. */
  s: string;
  /** Seat label, null for general admission. */
  l: string | null;
  /** Issued at, seconds since the epoch. */
  i: number;
}

const PREFIX = "MQ1";

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes that get signed, and the QR text once a signature is attached. */
export function encodeTicketPayload(payload: TicketQrPayload): { signedPart: string; bytes: Uint8Array } {
  const signedPart = `${PREFIX}.${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
  return { signedPart, bytes: new TextEncoder().encode(signedPart) };
}

export const attachSignature = (signedPart: string, signature: Uint8Array) =>
  `${signedPart}.${toBase64Url(signature)}`;

export function parseTicketQr(qr: string): {
  payload: TicketQrPayload;
  signedBytes: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
} | null {
  const parts = qr.trim().split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, body = "", sig = ""] = parts;
  const json = fromBase64Url(body);
  const signature = fromBase64Url(sig);
  if (!json || !signature || signature.length !== 64) return null;
  try {
    const payload = JSON.parse(new TextDecoder().decode(json)) as TicketQrPayload;
    if (typeof payload.k !== "string" || typeof payload.t !== "string" || typeof payload.s !== "string")
      return null;
    if (typeof payload.i !== "number" || (payload.l !== null && typeof payload.l !== "string")) return null;
    return { payload, signedBytes: new TextEncoder().encode(`${PREFIX}.${body}`), signature };
  } catch {
    return null;
  }
}

/** Offline check: the signature is the venue key's. `publicKeys` maps key id → raw key (base64url). */
export async function verifyTicketQr(
  qr: string,
  publicKeys: Record<string, string>,
): Promise<
  | { ok: true; payload: TicketQrPayload }
  | { ok: false; reason: "malformed" | "unknown_key" | "bad_signature" }
> {
  const parsed = parseTicketQr(qr);
  if (!parsed) return { ok: false, reason: "malformed" };
  const raw = publicKeys[parsed.payload.k];
  const rawBytes = raw ? fromBase64Url(raw) : null;
  if (!rawBytes) return { ok: false, reason: "unknown_key" };
  const key = await crypto.subtle.importKey("raw", rawBytes, { name: "Ed25519" }, false, ["verify"]);
  const valid = await crypto.subtle.verify({ name: "Ed25519" }, key, parsed.signature, parsed.signedBytes);
  return valid ? { ok: true, payload: parsed.payload } : { ok: false, reason: "bad_signature" };
}
