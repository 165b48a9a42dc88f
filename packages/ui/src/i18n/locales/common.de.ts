import type { Translation } from "../messages.ts";
import type { CommonMessages } from "./common.en.ts";

const commonDe: Translation<CommonMessages> = {
  brand: "Marquee",
  language: {
    label: "Sprache",
    change: "Sprache ändern",
  },
  actions: {
    retry: "Erneut versuchen",
    cancel: "Abbrechen",
    close: "Schließen",
    back: "Zurück",
    continue: "Weiter",
    signIn: "Anmelden",
    signOut: "Abmelden",
    save: "Speichern",
  },
  status: {
    loading: "Wird geladen …",
    working: "Wird bearbeitet …",
  },
  field: {
    required: "Pflichtfeld",
    optional: "Optional",
    showPassword: "Passwort anzeigen",
    hidePassword: "Passwort verbergen",
  },
  validation: {
    required: "Dieses Feld ist erforderlich.",
    email: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
    passwordLength: "Verwenden Sie mindestens {{min}} Zeichen.",
  },
  roles: {
    buyer: "Käufer",
    organizer: "Veranstalter",
    cashier: "Kassierer",
    admin: "Administrator",
  },
  errors: {
    NETWORK: "Marquee ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    VALIDATION_FAILED:
      "Einige Angaben stimmen nicht. Prüfen Sie die markierten Felder und versuchen Sie es erneut.",
    UNAUTHENTICATED: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    INVALID_CREDENTIALS: "E-Mail-Adresse und Passwort passen nicht zusammen. Bitte prüfen Sie Ihre Eingaben.",
    FORBIDDEN: "Ihr Konto hat darauf keinen Zugriff.",
    NOT_FOUND: "Das Gesuchte wurde nicht gefunden.",
    EMAIL_TAKEN: "Für diese E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.",
    ACCOUNT_DISABLED:
      "Dieses Konto wurde deaktiviert. Wenden Sie sich an den Support, falls das ein Irrtum ist.",
    RATE_LIMITED: "Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.",
    SHOW_NOT_FOUND: "Diese Vorstellung ist nicht mehr im Programm.",
    SHOW_NOT_ON_SALE: "Für diese Vorstellung sind derzeit keine Tickets im Verkauf.",
    SEAT_NOT_IN_SHOW: "Einer der gewählten Plätze gehört nicht zu dieser Vorstellung.",
    SEAT_UNAVAILABLE: "Einer dieser Plätze wurde gerade vergeben. Bitte wählen Sie einen anderen.",
    NOT_ENOUGH_SEATS: "Für so viele Tickets sind nicht mehr genug Plätze frei.",
    TOO_MANY_SEATS: "So viele Plätze sind in einer Buchung nicht möglich.",
    HOLD_LIMIT_REACHED:
      "Sie halten bereits die größtmögliche Zahl an Plätzen. Schließen Sie zuerst eine Buchung ab oder geben Sie Plätze frei.",
    HOLD_NOT_FOUND: "Ihre Platzreservierung wurde nicht gefunden. Bitte wählen Sie Ihre Plätze erneut.",
    HOLD_EXPIRED: "Die Zeit ist abgelaufen und Ihre Plätze wurden freigegeben. Bitte wählen Sie sie erneut.",
    HOLD_ALREADY_EXTENDED: "Ihre Reservierung wurde bereits einmal verlängert.",
    HOLD_NOT_ACTIVE: "Diese Reservierung ist nicht mehr aktiv.",
    PROMO_INVALID: "Dieser Aktionscode gilt nicht für diese Buchung.",
    PROMO_EXHAUSTED: "Dieser Aktionscode ist bereits aufgebraucht.",
    IDEMPOTENCY_KEY_REUSED:
      "Diese Anfrage wurde bereits verarbeitet. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.",
    ORDER_NOT_FOUND: "Diese Buchung wurde nicht gefunden.",
    ORDER_NOT_CANCELLABLE: "Diese Buchung kann nicht mehr storniert werden.",
    PAYMENT_DECLINED:
      "Die Zahlung wurde abgelehnt, es wurde nichts abgebucht. Versuchen Sie eine andere Karte oder Zahlungsart.",
    PAYMENT_GATEWAY_UNAVAILABLE:
      "Zahlungen sind vorübergehend nicht möglich. Bitte versuchen Sie es gleich noch einmal.",
    TICKET_INVALID: "Dieses Ticket ist ungültig.",
    TICKET_NOT_FOUND: "Dieses Ticket wurde nicht gefunden.",
    INTERNAL: "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.",
  },
};

export default commonDe;
