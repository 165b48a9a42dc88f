import type { Translation } from "@marquee/ui";
import type { KioskMessages } from "./en.ts";

const kioskDe: Translation<KioskMessages> = {
  product: "Kiosk",
  attract: {
    eyebrow: "Tickets für die Vorstellungen von heute",
    heading: "Ihr Platz ist nur einen Fingertipp entfernt.",
    buy: "Tippen, um Tickets zu kaufen",
    buyHint: "Die heutigen Vorstellungen in diesem Haus",
    pickup: "Buchung abholen",
    pickupHint: "Online gebucht? Tickets hier abholen",
    language: "Sprache",
    notPaired:
      "Dieser Kiosk ist noch nicht eingerichtet. Personal: bitte mit dem Terminal-Schlüssel einrichten.",
  },
  buy: {
    heading: "Vorstellungen heute",
    body: "Der Ticketkauf an diesem Kiosk startet bald. Bis dahin hilft Ihnen das Team an der Kasse gern weiter.",
  },
  pickup: {
    heading: "Buchung abholen",
    body: "Die Abholung gebuchter Tickets an diesem Kiosk startet bald. Bis dahin zeigen Sie Ihren Buchungscode bitte an der Kasse vor.",
  },
  nav: {
    back: "Zurück",
    startOver: "Zurück zum Anfang",
  },
  idle: {
    heading: "Sind Sie noch da?",
    body: "In wenigen Sekunden geht es zurück zum Anfang.",
    stay: "Ich bin noch da",
  },
};

export default kioskDe;
