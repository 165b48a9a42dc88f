import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { attachSignature, encodeTicketPayload, type TicketQrPayload } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { and, eq, sql } from "drizzle-orm";

export interface VenueKey {
  id: string;
  privateKey: KeyObject;
}

const keyCache = new Map<string, VenueKey>();

/**
 * The venue's active Ed25519 ticket key, created on first use. Public keys are raw base64url
 * (what WebCrypto imports); private keys PKCS#8 DER, base64.
 */
export async function venueSigningKey(tx: DbExecutor, venueId: string): Promise<VenueKey> {
  const cached = keyCache.get(venueId);
  if (cached) return cached;
  const { ticketKeys } = schema;
  const active = and(eq(ticketKeys.venueId, venueId), eq(ticketKeys.active, true));
  let [row] = await tx
    .select({ id: ticketKeys.id, privateKey: ticketKeys.privateKey })
    .from(ticketKeys)
    .where(active);
  if (!row) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ticket-key:${venueId}`}, 0))`);
    [row] = await tx
      .select({ id: ticketKeys.id, privateKey: ticketKeys.privateKey })
      .from(ticketKeys)
      .where(active);
  }
  const existed = Boolean(row);
  if (!row) {
    const pair = generateKeyPairSync("ed25519");
    const publicKey = pair.publicKey.export({ format: "jwk" }).x ?? "";
    const privateKey = pair.privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    [row] = await tx
      .insert(ticketKeys)
      .values({ venueId, publicKey, privateKey })
      .returning({ id: ticketKeys.id, privateKey: ticketKeys.privateKey });
  }
  if (!row) throw new Error("ticket key insert returned nothing");
  const key = {
    id: row.id,
    privateKey: createPrivateKey({
      key: Buffer.from(row.privateKey, "base64"),
      format: "der",
      type: "pkcs8",
    }),
  };
  // A key created in this transaction is cached only once it is known to be committed.
  if (existed) keyCache.set(venueId, key);
  return key;
}

export function signTicket(key: VenueKey, payload: Omit<TicketQrPayload, "k">): string {
  const { signedPart, bytes } = encodeTicketPayload({ k: key.id, ...payload });
  return attachSignature(signedPart, sign(null, bytes, key.privateKey));
}
