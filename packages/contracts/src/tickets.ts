import { z } from "zod";

/** The QR's content (signed payload) or the short ticket code typed by hand. */
export const ticketCodeInput = z.object({ code: z.string().trim().min(6).max(600) });

export const checkInInput = ticketCodeInput.extend({
  deviceId: z.string().trim().min(1).max(100).optional(),
});

export const ticketVerification = z.object({
  valid: z.boolean(),
  reason: z.enum(["ok", "bad_signature", "malformed", "unknown_key", "not_found", "cancelled"]),
  ticket: z
    .object({
      code: z.string(),
      showId: z.uuid(),
      seatLabel: z.string().nullable(),
      issuedAt: z.date(),
    })
    .nullable(),
});
export type TicketVerification = z.infer<typeof ticketVerification>;

export const checkInResult = z.object({
  admitted: z.boolean(),
  result: z.enum(["admitted", "duplicate", "invalid", "wrong_show"]),
  ticketCode: z.string().nullable(),
  seatLabel: z.string().nullable(),
  firstScan: z.object({ at: z.date(), device: z.string().nullable() }).nullable(),
});

export const venueKeysInput = z.object({ venueId: z.uuid() });
export const venueKeys = z.array(z.object({ keyId: z.uuid(), publicKey: z.string(), active: z.boolean() }));
