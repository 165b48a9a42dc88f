import { currencyExponent, type Money } from "@marquee/contracts";

/*
 * Printed documents use PDF's standard fonts (no font files to ship), which cover Latin-1:
 * money shows its ISO code rather than a symbol, and other characters are transliterated.
 */

export function printedMoney(money: Money): string {
  const exponent = currencyExponent(money.currency);
  const amount = (money.amountMinor / 10 ** exponent).toLocaleString("en", {
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return `${money.currency} ${amount}`;
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

/** Keeps what WinAnsi (the standard fonts' encoding) can show; decomposes accents; "?" for the rest. */
export function printable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[^\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2022\u2026\u20AC]/g, (ch) => {
      const plain = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      return /^[\u0020-\u007E]+$/.test(plain) ? plain : "?";
    });
}

export const paymentMethodNames: Record<string, string> = {
  simulated: "Card (test gateway)",
  stripe: "Card (Stripe)",
  cash: "Cash",
  card_present: "Card at the counter",
};
