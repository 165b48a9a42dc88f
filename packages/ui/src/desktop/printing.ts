import { BrowserWindow, session } from "electron";
import type { PrintOutcome } from "./bridge.ts";

export type PrintKind = "receipt" | "ticket";

export interface PrinterSettings {
  /** The system name of the printer for this kind of document; without one the print dialog opens. */
  receiptPrinter?: string;
  ticketPrinter?: string;
}

/** Fallback sizes for PDFs, in inches, when the document sets no CSS @page size. */
export const pdfPaper: Record<PrintKind, { width: number; height: number }> = {
  receipt: { width: 80 / 25.4, height: 200 / 25.4 }, // 80 mm roll
  ticket: { width: 2, height: 5.5 }, // common thermal ticket stock
};

export const maxDocumentBytes = 2_000_000;

/**
 * Loads a document into a hidden window that cannot run scripts or reach the network: the
 * HTML comes from our renderer, but a receipt should never be able to do anything but print.
 */
async function withDocument<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  if (typeof html !== "string" || html.length === 0 || html.length > maxDocumentBytes) {
    throw new Error("A printable document must be a non-empty HTML string under 2 MB.");
  }
  const printSession = session.fromPartition("marquee-print");
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith("data:") });
  });
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(window);
  } finally {
    window.destroy();
  }
}

export function printDocument(
  html: string,
  kind: PrintKind,
  settings: PrinterSettings,
): Promise<PrintOutcome> {
  const deviceName = kind === "receipt" ? settings.receiptPrinter : settings.ticketPrinter;
  return withDocument(
    html,
    (window) =>
      new Promise<PrintOutcome>((resolve) => {
        window.webContents.print(
          {
            // a configured counter printer prints straight away; otherwise the cashier picks one
            silent: Boolean(deviceName),
            ...(deviceName ? { deviceName, usePrinterDefaultPageSize: true } : {}),
            printBackground: true,
            margins: { marginType: "none" },
          },
          (success, failureReason) => resolve(success ? { ok: true } : { ok: false, reason: failureReason }),
        );
      }),
  );
}

export function renderPdf(html: string, kind: PrintKind): Promise<Uint8Array> {
  return withDocument(html, async (window) => {
    const pdf = await window.webContents.printToPDF({
      pageSize: pdfPaper[kind],
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    return new Uint8Array(pdf);
  });
}
