import PDFDocument from "pdfkit";

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

/** A label in small grey capitals above its value. */
export function field(doc: Pdf, label: string, value: string, x: number, y: number, width: number) {
  doc.font("Helvetica").fontSize(8).fillColor("#6b7280").text(label.toUpperCase(), x, y, { width });
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor("#111827")
    .text(value, x, y + 11, { width });
  return doc.y;
}
