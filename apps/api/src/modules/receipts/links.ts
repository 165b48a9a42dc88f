import { createHmac, timingSafeEqual } from "node:crypto";
import type { Config } from "../../config.ts";
import { resolveAuthSecret } from "../identity/tokens.ts";

/**
 * Document links carry their own short-lived permission (an HMAC over the document id and the
 * expiry, keyed from the same secret as access tokens), so an <a href>, a print dialog or an
 * email client can fetch the PDF without a bearer token.
 */
export function createDocumentLinks(config: Pick<Config, "AUTH_SECRET" | "DATA_DIR" | "PUBLIC_URL">) {
  const key = createHmac("sha256", resolveAuthSecret(config.AUTH_SECRET, config.DATA_DIR))
    .update("marquee:order-documents")
    .digest();
  const signature = (documentId: string, expires: number) =>
    createHmac("sha256", key).update(`${documentId}.${expires}`).digest("base64url");
  const base = config.PUBLIC_URL?.replace(/\/$/, "") ?? "";
  return {
    link(documentId: string, expiresAt: Date): string {
      const expires = Math.floor(expiresAt.getTime() / 1000);
      return `${base}/documents/${documentId}.pdf?expires=${expires}&signature=${signature(documentId, expires)}`;
    },
    verify(documentId: string, expires: number, given: string, now: Date): boolean {
      if (!Number.isSafeInteger(expires) || expires * 1000 <= now.getTime()) return false;
      const expected = Buffer.from(signature(documentId, expires));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}

export type DocumentLinks = ReturnType<typeof createDocumentLinks>;

const cache = new WeakMap<object, DocumentLinks>();

/** One signer per configuration object (reading the secret once per process). */
export function documentLinksFor(config: Config): DocumentLinks {
  let links = cache.get(config);
  if (!links) {
    links = createDocumentLinks(config);
    cache.set(config, links);
  }
  return links;
}
