import PDFDocument from "pdfkit";
import { documentFonts, fontName, fontRuns, type Weight } from "./fonts.ts";

export type Pdf = InstanceType<typeof PDFDocument>;

/** Builds a PDF in memory. Dates in the file's metadata come from `createdAt` so output is stable. */
export function renderPdf(
  meta: { title: string; author: string; createdAt: Date },
  build: (doc: Pdf) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: meta.title, Author: meta.author, CreationDate: meta.createdAt },
  });
  // pdfkit takes parsed fontkit fonts as they are (its types only list files and buffers).
  for (const { name, font } of documentFonts()) doc.registerFont(name, font as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  build(doc);
  doc.end();
  return done;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
}

/**
 * Writes text at (x, y), or where the previous text left off, switching fonts within the line
 * wherever its script needs another face. `options` are pdfkit's (width, align, ...).
 */
export function write(
  doc: Pdf,
  text: string,
  style: TextStyle,
  at: { x: number; y: number } | null = null,
  options: PDFKit.Mixins.TextOptions = {},
) {
  const weight = style.weight ?? "regular";
  const runs = text ? fontRuns(text, weight) : [{ font: fontName("sans", weight), text }];
  doc.fontSize(style.size).fillColor(style.color ?? "#111827");
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1;
    doc.font(run.font);
    if (index === 0 && at) doc.text(run.text, at.x, at.y, { ...options, continued });
    else doc.text(run.text, index === 0 ? { ...options, continued } : { continued });
  });
  return doc;
}

/** A label in small grey capitals above its value. */
export function field(doc: Pdf, label: string, value: string, x: number, y: number, width: number) {
  write(doc, label.toUpperCase(), { size: 8, color: "#6b7280" }, { x, y }, { width });
  write(doc, value, { size: 12, weight: "bold" }, { x, y: y + 11 }, { width });
  return doc.y;
}
