import { currencyExponent, type Money } from "@marquee/contracts";

/* How printed documents spell money and time: English labels, the venue's time zone. */

/** Money with its currency's sign where it has an unambiguous one: ₹1,250.00, ¥12,000, CA$5.00. */
export function printedMoney(money: Money): string {
  const exponent = currencyExponent(money.currency);
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(money.amountMinor / 10 ** exponent);
}

/** The show's time where the show happens, with the zone spelled out. */
export function printedShowTime(startsAt: Date, timeZone: string): string {
  const when = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(startsAt);
  return `${when} (${timeZone})`;
}

export function printedDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

export const paymentMethodNames: Record<string, string> = {
  simulated: "Card (test gateway)",
  stripe: "Card (Stripe)",
  cash: "Cash",
  card_present: "Card at the counter",
};
