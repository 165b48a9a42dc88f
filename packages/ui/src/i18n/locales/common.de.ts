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
    PAYMENT_METHOD_NOT_ALLOWED: "Diese Zahlungsart ist hier nicht möglich.",
    SHIFT_NOT_OPEN: "Bitte zuerst eine Kassenschicht an diesem Terminal öffnen.",
    SHIFT_ALREADY_OPEN: "An diesem Terminal ist bereits eine Schicht geöffnet.",
    PAYMENT_GATEWAY_UNAVAILABLE:
      "Zahlungen sind vorübergehend nicht möglich. Bitte versuchen Sie es gleich noch einmal.",
    TICKET_INVALID: "Dieses Ticket ist ungültig.",
    TICKET_NOT_FOUND: "Dieses Ticket wurde nicht gefunden.",
    PASSWORD_REJECTED: "Bitte wählen Sie ein anderes Passwort: Dieses ist zu leicht zu erraten.",
    TOKEN_INVALID: "Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.",
    SESSION_INVALID: "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
    MFA_REQUIRED: "Geben Sie den Code aus Ihrer Authenticator-App ein.",
    MFA_ENROLMENT_REQUIRED:
      "Ihre Rolle erfordert die Bestätigung in zwei Schritten. Richten Sie sie ein, um fortzufahren.",
    MFA_CODE_INVALID:
      "Dieser Code hat nicht funktioniert. Prüfen Sie die Uhrzeit Ihres Telefons und versuchen Sie es erneut.",
    MFA_ALREADY_ENABLED: "Die Bestätigung in zwei Schritten ist bereits aktiv.",
    MFA_NOT_ENABLED: "Für dieses Konto ist die Bestätigung in zwei Schritten nicht aktiv.",
    MFA_REQUIRED_FOR_ROLE:
      "Ihre Rolle erfordert die Bestätigung in zwei Schritten; sie kann nicht ausgeschaltet werden.",
    CAPTCHA_REQUIRED: "Bitte bestätigen Sie, dass Sie kein Roboter sind, und versuchen Sie es erneut.",
    PAIRING_CODE_INVALID: "Dieser Kopplungscode ist falsch, benutzt oder abgelaufen.",
    OIDC_NOT_CONFIGURED: "Diese Anmeldeoption ist hier nicht verfügbar.",
    OIDC_FAILED: "Die Anmeldung über diesen Anbieter hat nicht funktioniert. Bitte beginnen Sie erneut.",
    OIDC_EMAIL_UNVERIFIED: "Ihr Konto dort hat keine bestätigte E-Mail-Adresse.",
    USER_NOT_FOUND: "Es gibt kein Konto mit dieser E-Mail-Adresse.",
    LAST_OWNER: "Eine Organisation braucht mindestens einen Inhaber. Ernennen Sie zuerst jemand anderen.",
    INTERNAL: "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.",
  },
};

export default commonDe;
