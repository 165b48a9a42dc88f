import { currencyExponent } from "@marquee/contracts";

/**
 * What the cashier typed as cash handed over, in minor units, or null when it is not an amount.
 * Takes "500", "500.50", "1,000" and the German "500,50"; a comma followed by exactly as many
 * digits as the currency has decimals is a decimal comma, any other comma groups thousands.
 */
export function parseCashAmount(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  let value = text.replace(/[\s\u00a0']/g, "");
  const decimalComma = exponent > 0 && new RegExp(`^\\d+(\\.\\d{3})*,\\d{1,${exponent}}$`).test(value);
  value = decimalComma ? value.replace(/\./g, "").replace(",", ".") : value.replace(/,/g, "");
  const pattern = exponent > 0 ? new RegExp(`^\\d+(\\.\\d{1,${exponent}})?$`) : /^\d+$/;
  if (!pattern.test(value)) return null;
  const [whole = "0", fraction = ""] = value.split(".");
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, "0") || "0");
}

/** Steps, in major units, that customers round their cash up to. */
const roundings = [10, 50, 100, 500, 1000, 2000];

/** The amount due, then the next round sums a customer is likely to hand over (at most four in all). */
export function quickTenders(dueMinor: number, currency: string): number[] {
  const unit = 10 ** currencyExponent(currency);
  const amounts = [dueMinor];
  let highest = dueMinor;
  for (const step of roundings) {
    const rounded = Math.ceil(dueMinor / (step * unit)) * step * unit;
    if (rounded <= highest) continue;
    amounts.push(rounded);
    highest = rounded;
  }
  return amounts.slice(0, 4);
}
