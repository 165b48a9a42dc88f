import { staffPin } from "@marquee/contracts";

/** The most digits a PIN may have (the contract's `staffPin`: 6 to 8). */
export const pinMaxLength = 8;

/** Keeps only digits, at most a PIN's worth: what the PIN field holds after any keystroke or paste. */
export function pinDigits(input: string): string {
  return input.replace(/\D/g, "").slice(0, pinMaxLength);
}

export function isValidPin(pin: string): boolean {
  return staffPin.safeParse(pin).success;
}
