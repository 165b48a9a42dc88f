import type { Translation } from "@marquee/ui";
import type { SeatsMessages } from "./en.ts";

export const seatsDe: Translation<SeatsMessages> = {
  title: "Plätze wählen · {{event}}",
  heading: "Wählen Sie Ihre Plätze",
  headingTickets: "Wählen Sie Ihre Tickets",
  backToEvent: "Zurück zu {{event}}",
  when: "{{date}} um {{time}}",
  loadFailed: "Der Saalplan konnte nicht geladen werden",
  notOnSale: "Für diese Vorstellung sind gerade keine Tickets erhältlich.",
  salesOpen: "Der Verkauf beginnt am {{date}}.",
  live: {
    on: "Plätze werden live aktualisiert",
    polling: "Plätze werden alle paar Sekunden aktualisiert",
  },
  quickPick: {
    heading: "Die besten Plätze für Sie",
    lede: "Sagen Sie uns, wie viele Sie brauchen – wir reservieren die besten Plätze nebeneinander.",
    quantity: "Anzahl der Plätze",
    fewer: "Ein Platz weniger",
    more: "Ein Platz mehr",
    tier: "Preis",
    find_one: "Besten Platz finden",
    find_other: "Die besten {{count}} Plätze finden",
    finding: "Plätze werden gesucht…",
    foundHeading_one: "Wir halten {{count}} Platz für Sie frei",
    foundHeading_other: "Wir halten {{count}} Plätze für Sie frei",
    foundBody: "{{seats}} · {{tier}}. Sie bleiben einige Minuten für Sie reserviert, während Sie bezahlen.",
    pay: "Weiter zur Zahlung",
    different: "Andere Plätze wählen",
    busy: "Diese Plätze sind für Sie reserviert. Gehen Sie weiter zur Zahlung oder wählen Sie zuerst andere Plätze.",
  },
  summary: {
    heading: "Ihre Plätze",
    empty:
      "Tippen Sie auf einen Platz im Plan, um ihn zu wählen, oder lassen Sie uns die besten Plätze finden.",
    count_one: "{{count}} Platz",
    count_other: "{{count}} Plätze",
    remove: "{{seat}} entfernen",
    total: "Summe",
    fees: "Die Preise enthalten die Buchungsgebühren.",
    continue: "Weiter",
    continuing: "Plätze werden reserviert…",
    signInToContinue: "Zum Fortfahren anmelden",
    limit: "Sie können bis zu {{max}} Plätze auf einmal buchen.",
    max: "Bis zu {{max}} Plätze pro Buchung",
  },
  notices: {
    taken_one: "{{seats}} wurde gerade von jemand anderem gebucht, deshalb haben wir den Platz entfernt.",
    taken_other: "{{seats}} wurden gerade von jemand anderem gebucht, deshalb haben wir die Plätze entfernt.",
    unavailable: "{{seat}} ist nicht frei. Bitte wählen Sie einen anderen Platz.",
    limit:
      "Sie können bis zu {{max}} Plätze auf einmal buchen. Entfernen Sie einen, um einen anderen zu wählen.",
  },
  generalAdmission: {
    heading: "Ticketarten",
    lede: "Bei dieser Vorstellung gibt es keine Platznummern: Wählen Sie eine Ticketart und suchen Sie sich vor Ort Ihren Platz.",
    left_one: "noch {{count}}",
    left_other: "noch {{count}}",
    soldOut: "Ausverkauft",
    quantity: "Tickets für {{name}}",
  },
};
