/** Facts about a city for its page, in the reader's language, from the platform's Intl data. */

/** A country's name when the catalogue gives an ISO 3166 code; otherwise the catalogue's text. */
export function countryName(country: string, language: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

export function currencyName(currency: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "currency" }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

export function currencySymbol(currency: string, language: string): string {
  try {
    const parts = new Intl.NumberFormat(language, { style: "currency", currency }).formatToParts(0);
    return parts.find((part) => part.type === "currency")?.value ?? currency;
  } catch {
    return currency;
  }
}

/** The wall-clock time in a city, split for display: "8:05 pm", "Thursday 5 June", "GMT+5:30". */
export function localTime(at: Date, timeZone: string, language: string) {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { timeZone, ...options }).format(at);
  const zone =
    new Intl.DateTimeFormat(language, { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return {
    time: part({ hour: "numeric", minute: "2-digit" }),
    day: part({ weekday: "long", day: "numeric", month: "long" }),
    zone,
    /** For <time dateTime>: the instant in ISO form. */
    iso: at.toISOString(),
  };
}
