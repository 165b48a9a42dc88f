import { z } from "zod";

export const orderDocumentKinds = ["tickets", "receipt"] as const;
export type OrderDocumentKind = (typeof orderDocumentKinds)[number];

export const orderDocumentsInput = z.object({ orderId: z.uuid() });

/** A stored PDF of an order and a short-lived link that downloads it without other credentials. */
export const orderDocument = z.object({
  kind: z.enum(orderDocumentKinds),
  filename: z.string(),
  bytes: z.number().int(),
  url: z.string(),
  expiresAt: z.date(),
});
export const orderDocuments = z.object({ orderId: z.uuid(), documents: z.array(orderDocument) });
