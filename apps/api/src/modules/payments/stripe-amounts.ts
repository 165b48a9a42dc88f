import { currencyExponent } from "@marquee/contracts";

/*
 * Our amounts are minor units by ISO 4217 (ICU) digits: JPY 0, INR 2, KWD 3. Stripe's "smallest
 * currency unit" mostly agrees, with documented exceptions: ISK, HUF, UGX and IDR are sent in a
 * two-decimal representation even where ISO or ICU says zero, and three-decimal currencies must be
 * a multiple of 10. Converting here keeps those rules out of the rest of the code.
 */
const stripeZeroDecimal = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const stripeThreeDecimal = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

export function stripeExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (stripeZeroDecimal.has(code)) return 0;
  if (stripeThreeDecimal.has(code)) return 3;
  return 2;
}

/** Our minor units → Stripe's `amount`. Throws when Stripe could not represent it exactly. */
export function toStripeAmount(amountMinor: number, currency: string): number {
  const shift = stripeExponent(currency) - currencyExponent(currency.toUpperCase());
  const amount = shift >= 0 ? amountMinor * 10 ** shift : amountMinor / 10 ** -shift;
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`${amountMinor} ${currency} has no exact Stripe amount`);
  if (stripeThreeDecimal.has(currency.toUpperCase()) && amount % 10 !== 0)
    throw new RangeError(`${currency} amounts must be a multiple of 10 for Stripe`);
  return amount;
}

/** Stripe's `amount` → our minor units. */
export function fromStripeAmount(amount: number, currency: string): number {
  const shift = stripeExponent(currency) - currencyExponent(currency.toUpperCase());
  return shift >= 0 ? Math.round(amount / 10 ** shift) : amount * 10 ** -shift;
}
