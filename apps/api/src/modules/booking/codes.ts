import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L, U: codes are read aloud at counters and typed on phones. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short, unambiguous, unguessable code (30^n possibilities, from the CSPRNG). */
export function randomCode(length: number): string {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Booking codes: 8 characters (~6.6e11). Ticket codes: 10 characters (~5.9e14). */
export const newBookingCode = () => randomCode(8);
export const newTicketCode = () => randomCode(10);
