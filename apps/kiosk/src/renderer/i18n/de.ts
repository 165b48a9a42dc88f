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
  },
  pair: {
    checking: "Kiosk wird geprüft …",
    eyebrow: "Einrichtung dieses Kiosks",
    heading: "Diesen Kiosk koppeln",
    body: "Geben Sie den einmaligen Kopplungscode ein, den ein Veranstalter in Marquee für diese Spielstätte erstellt hat (Spielstätte › Terminals). Codes gelten 10 Minuten und nur einmal.",
    codeLabel: "Kopplungscode",
    codeHint: "Acht Buchstaben und Ziffern, etwa K7MP-QR2X.",
    codeIncomplete: "Geben Sie alle acht Zeichen des Codes ein.",
    keypad: "Tastenfeld für den Code",
    erase: "Letztes Zeichen löschen",
    nameLabel: "Name des Kiosks",
    defaultName: "Kiosk",
    submit: "Diesen Kiosk koppeln",
    submitting: "Wird gekoppelt …",
    failed: "Der Kiosk konnte nicht gekoppelt werden",
    problems: {
      "code-invalid":
        "Dieser Code ist falsch, schon benutzt oder abgelaufen. Prüfen Sie ihn oder lassen Sie sich von einem Veranstalter einen neuen geben.",
      "rate-limited": "Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.",
      offline:
        "Marquee ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung des Kiosks und versuchen Sie es erneut.",
      "no-encryption":
        "Dieser Kiosk hat keinen sicheren Schlüsselspeicher, daher kann sein Schlüssel nicht sicher aufbewahrt werden. Bitten Sie die IT, den Schlüsselbund des Systems einzurichten.",
      "already-paired": "Dieser Kiosk ist bereits gekoppelt. Starten Sie ihn neu.",
      failed:
        "Beim Koppeln ist etwas schiefgegangen. Versuchen Sie es erneut; passiert es wieder, lassen Sie sich einen neuen Code geben.",
    },
    browserNote: "Läuft im Browser: Der Kiosk-Schlüssel liegt im Speicher dieses Browsers – nur zum Testen.",
  },
  paired: {
    heading: "Dieser Kiosk ist bereit",
    terminal: "Kiosk: {{terminal}}",
    body: "Er verkauft jetzt Tickets für die Vorstellungen dieser Spielstätte. Als Nächstes sehen Kunden den Startbildschirm.",
    start: "Für Kunden öffnen",
  },
  outOfService: {
    heading: "Dieser Kiosk ist außer Betrieb",
    body: "Bitte kaufen Sie Ihre Tickets an der Kasse. Entschuldigen Sie die Wartezeit.",
    staff:
      "Personal: Die Kopplung dieses Kiosks wurde zurückgezogen. Richten Sie ihn mit einem neuen Terminal-Schlüssel erneut ein.",
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
