/** Money travels as integer minor units with an ISO 4217 currency; never as a bare float. */
export interface Money {
  amountMinor: number;
  currency: string;
}

const exponentCache = new Map<string, number>();

/** Number of minor-unit digits of a currency (JPY 0, INR 2, ...), from the platform's ICU data. */
export function currencyExponent(currency: string): number {
  let exponent = exponentCache.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2;
    exponentCache.set(currency, exponent);
  }
  return exponent;
}

export function formatMoney(money: Money, locale = "en"): string {
  const value = money.amountMinor / 10 ** currencyExponent(money.currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(value);
}

/** Basis-point share of an amount, rounded half up to a whole minor unit. */
export function percentOf(amountMinor: number, basisPoints: number): number {
  return Math.round((amountMinor * basisPoints) / 10_000);
}
