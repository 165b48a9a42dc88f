import type { Translation } from "@marquee/ui";
import type { BoxOfficeMessages } from "./en.ts";

const boxofficeDe: Translation<BoxOfficeMessages> = {
  product: "Kasse",
  terminal: {
    label: "Terminal",
    paired: "Gekoppelt",
    notPaired: "Nicht gekoppelt",
    checking: "Terminal wird geprüft …",
    pairedDetail: "Terminal {{id}}, gekoppelt am {{date}}",
    notPairedDetail:
      "Kassierer können sich anmelden, aber diese Kasse kann erst Tickets verkaufen und drucken, wenn sie mit einer Spielstätte gekoppelt ist.",
    pairHeading: "Dieses Terminal koppeln",
    pairIntro:
      "Fügen Sie den Terminal-Schlüssel ein, den Ihre Spielstätten-Verwaltung für diese Kasse erstellt hat. Er wird verschlüsselt auf diesem Computer gespeichert.",
    keyLabel: "Terminal-Schlüssel",
    keyHint: "Die Terminal-ID, ein Punkt, dann das Geheimnis.",
    pair: "Terminal koppeln",
    pairing: "Wird gekoppelt …",
    invalidKey:
      "Das ist kein vollständiger Terminal-Schlüssel. Kopieren Sie ihn ganz, auch den Teil nach dem Punkt.",
    noEncryption:
      "Dieser Computer hat keinen sicheren Schlüsselspeicher, der Schlüssel kann nicht sicher aufbewahrt werden. Bitten Sie die IT, den Systemschlüsselbund zu aktivieren.",
    unpair: "Entkoppeln",
    browserNote: "Läuft im Browser: Der Schlüssel liegt nur zu Testzwecken im Speicher dieses Browsers.",
  },
  signIn: {
    title: "An der Kasse anmelden",
    lede: "Verwenden Sie Ihr Marquee-Mitarbeiterkonto.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft …",
    failed: "Anmeldung fehlgeschlagen",
    notStaff: "Dieses Konto kann die Kasse nicht nutzen. Melden Sie sich mit einem Kassiererkonto an.",
    panelHeading: "Die Kasse",
    panelBody:
      "Tickets für Laufkundschaft verkaufen, erstatten und drucken, und online gebuchte Tickets aushändigen.",
  },
  counter: {
    title: "Kasse",
    signedInSince: "Angemeldet um {{time}}",
    signOut: "Abmelden",
    newSale: "Neuer Verkauf",
    notYet: "Noch nicht verfügbar",
    newSaleBody:
      "Der Verkauf an der Kasse kommt mit dem Buchungsmodul. Sobald es angebunden ist, wählen Sie hier eine Vorstellung, suchen Plätze im Live-Saalplan aus und kassieren bar oder mit Karte.",
    steps: {
      show: "Vorstellung wählen",
      seats: "Plätze wählen",
      pay: "Kassieren",
      print: "Tickets drucken",
    },
    printer: {
      heading: "Bondrucker",
      body: "Drucken Sie einen Testbon, um Drucker und Papier zu prüfen.",
      action: "Testbon drucken",
      printed: "Der Testbon wurde an den Drucker gesendet.",
      failed: "Der Bon wurde nicht gedruckt: {{reason}}",
      standin: "Läuft im Browser: Der Bon wurde aufgezeichnet, nicht gedruckt.",
    },
  },
  receipt: {
    title: "Testbon",
    terminal: "Terminal",
    cashier: "Kassierer",
    printedAt: "Gedruckt",
    notPaired: "Nicht gekoppelt",
    footer: "Wenn Sie das lesen können, funktioniert der Drucker.",
  },
};

export default boxofficeDe;
