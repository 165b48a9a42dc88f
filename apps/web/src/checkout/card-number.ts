/** Card number entry: digits only, shown in groups of four, checked with the Luhn sum. */

export function cardDigits(value: string): string {
  return value.replace(/\D/g, "").slice(0, 19);
}

export function formatCardNumber(value: string): string {
  return cardDigits(value).replace(/(\d{4})(?=\d)/g, "$1 ");
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The simulated gateway's published test cards, offered as one-tap fills in test mode. */
export const testCards = [
  { number: "4242 4242 4242 4242", outcome: "succeeds" },
  { number: "4000 0025 0000 3155", outcome: "confirm" },
  { number: "4000 0000 0000 0002", outcome: "declined" },
] as const;

/** mm:ss left until a deadline, never negative. */
export function remaining(deadline: Date, now: number): { ms: number; label: string } {
  const ms = Math.max(0, deadline.getTime() - now);
  const seconds = Math.ceil(ms / 1000);
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return { ms, label };
}
